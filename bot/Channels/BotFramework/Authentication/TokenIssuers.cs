namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>Who may issue the tokens channels send to the bot.</summary>
internal static class TokenIssuers
{
    /// <summary>The Bot Connector's issuer; its keys carry endorsements and its tokens a serviceurl claim.</summary>
    public const string BotConnector = "https://api.botframework.com";

    /// <summary>
    /// The Azure Bot Service's Entra ID tenants, which issue channel tokens as the service moves to Entra ID
    /// (as the Microsoft 365 Agents SDK and the Teams SDK accept them).
    /// </summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static IReadOnlyList<string> Entra(string? botTenantId) =>
        BotServiceTenants.Concat(string.IsNullOrWhiteSpace(botTenantId) ? [] : [botTenantId])
            .SelectMany(tenant => (string[])[$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"])
            .ToList();
}

internal enum TokenFamily
{
    BotConnector,
    Entra,
}
