namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>What the Connector answers to a sent activity: the id it was given.</summary>
internal sealed record ResourceResponse(string? Id);
