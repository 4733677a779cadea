namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>The answer to a <c>healthCheck</c> invoke, as the Bot Framework SDK gives it.</summary>
internal sealed record HealthCheckResponse(HealthResults HealthResults);

/// <summary>Whether the bot is healthy. Unlike the SDK, the bot's own Connector token is never sent back.</summary>
internal sealed record HealthResults(bool Success, IReadOnlyList<string> Messages);
