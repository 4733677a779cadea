using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// One bot with an app id, trusting a local OpenID metadata server whose keys were made here: a key endorsed
/// for Teams, one endorsed for Web Chat only, an Entra ID key for any tenant, one for another tenant only, and
/// a key it never published.
/// </summary>
public sealed class ChannelAuthenticationFixture : IAsyncLifetime
{
    public const string AppId = "9f0a9a1e-3f3c-4d3e-9c39-5ad1c2f7b0a1";

    /// <summary>The bot's own Entra ID tenant, whose tokens it also accepts.</summary>
    public const string BotTenant = "4b1c9a55-7e0d-4f5e-9b7a-0c2d6e8f1a3b";

    /// <summary>A tenant the bot has nothing to do with.</summary>
    public const string OtherTenant = "0aa4e9c2-5b1d-4c8e-8f3a-6d7b2e9c1f40";

    internal SigningKey TeamsKey { get; } = new("teams-key", ["msteams", "skype"]);
    internal SigningKey WebChatOnlyKey { get; } = new("webchat-key", ["webchat"]);
    internal SigningKey EntraKey { get; } = new("entra-key", issuer: ChannelTokens.AnyTenantIssuer);
    internal SigningKey OtherTenantsEntraKey { get; } = new("other-tenant-key", issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0");
    internal SigningKey UnpublishedKey { get; } = new("unpublished-key", ["msteams"]);
    internal OpenIdMetadataServer Metadata { get; private set; } = null!;
    internal FakeConnector Connector { get; private set; } = null!;
    internal BotUnderTest Bot { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Metadata = await OpenIdMetadataServer.StartAsync([TeamsKey, WebChatOnlyKey], [EntraKey, OtherTenantsEntraKey]);
        Connector = await FakeConnector.StartAsync();
        Bot = await BotUnderTest.StartAsync(Settings(Metadata, Connector), login: Connector.Address);
    }

    internal static string[] Settings(OpenIdMetadataServer metadata, FakeConnector connector) =>
    [
        $"--BotFramework:MicrosoftAppId={AppId}",
        "--BotFramework:MicrosoftAppPassword=test-secret",
        $"--BotFramework:MicrosoftAppTenantId={BotTenant}",
        $"--BotFramework:ChannelOpenIdMetadataUrl={metadata.BotConnectorMetadataUrl}",
        $"--BotFramework:EntraOpenIdMetadataUrl={metadata.EntraMetadataUrl}",
        "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
        "--BotFramework:ConnectorRetryDelay=00:00:00.050",
    ];

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Metadata.DisposeAsync();
        foreach (var key in (SigningKey[])[TeamsKey, WebChatOnlyKey, EntraKey, OtherTenantsEntraKey, UnpublishedKey])
            key.Dispose();
    }
}
