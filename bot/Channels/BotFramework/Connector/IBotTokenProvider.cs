namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>The bot's own token for calls to the Connector (scope <c>https://api.botframework.com</c>).</summary>
internal interface IBotTokenProvider
{
    /// <summary>The access token, or null in local mode where calls carry none.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local mode: no app id, so no token.</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
