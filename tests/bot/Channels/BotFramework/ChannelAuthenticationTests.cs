using System.Net;
using Microsoft.IdentityModel.Tokens;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c> accepts only what the channel signed for this bot, as the Bot Framework SDK
/// checks it; anything else is refused and runs no turn.
/// </summary>
public sealed class ChannelAuthenticationTests(ChannelAuthenticationFixture fixture) : IClassFixture<ChannelAuthenticationFixture>
{
    private const string AppId = ChannelAuthenticationFixture.AppId;

    private SecurityTokenDescriptor Descriptor(SigningKey? key = null, string issuer = ChannelTokens.BotConnectorIssuer) =>
        ChannelTokens.Descriptor(AppId, fixture.Connector.ServiceUrl, key ?? fixture.TeamsKey, issuer);

    /// <summary>Posts a Teams message in a conversation of its own; returns the status and whether a turn ran (and was recorded).</summary>
    private async Task<(HttpStatusCode Status, bool TurnRan)> PostAsync(string? token, string channelId = "msteams")
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "hello", channelId);
        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), token);
        var transcript = await fixture.Bot.TranscriptAsync(channelId, conversation);
        return (response.StatusCode, transcript.Count > 0);
    }

    [Fact]
    public async Task Post_ValidBotConnectorToken_RunsTheTurn()
    {
        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(ChannelTokens.Create(Descriptor())));
    }

    [Fact]
    public async Task Post_TokenExpiredWithinTheFiveMinuteSkew_RunsTheTurn()
    {
        var descriptor = Descriptor().Changed(d => { d.NotBefore = DateTime.UtcNow.AddHours(-1); d.Expires = DateTime.UtcNow.AddMinutes(-3); });

        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(ChannelTokens.Create(descriptor)));
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(token: null));
    }

    [Fact]
    public async Task Post_ExpiredToken_Is401WithoutTurn()
    {
        var descriptor = Descriptor().Changed(d => { d.NotBefore = DateTime.UtcNow.AddHours(-2); d.IssuedAt = DateTime.UtcNow.AddHours(-2); d.Expires = DateTime.UtcNow.AddMinutes(-10); });

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(descriptor)));
    }

    [Fact]
    public async Task Post_TokenNotYetValid_Is401WithoutTurn()
    {
        var descriptor = Descriptor().Changed(d => { d.NotBefore = DateTime.UtcNow.AddMinutes(10); d.Expires = DateTime.UtcNow.AddHours(1); });

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(descriptor)));
    }

    [Fact]
    public async Task Post_WrongIssuer_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(Descriptor(issuer: "https://sts.example.com/"))));
    }

    [Fact]
    public async Task Post_EntraKeyUnderTheBotConnectorIssuer_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(Descriptor(fixture.EntraKey))));
    }

    [Fact]
    public async Task Post_WrongAudience_Is401WithoutTurn()
    {
        var descriptor = Descriptor().Changed(d => { d.Audience = "0e8b4a3b-0000-4000-8000-000000000000"; });

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(descriptor)));
    }

    [Fact]
    public async Task Post_UnknownSigningKey_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(Descriptor(fixture.UnpublishedKey))));
    }

    [Fact]
    public async Task Post_AlgNone_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Unsigned(Descriptor())));
    }

    [Fact]
    public async Task Post_Hs256SignedWithThePublicKey_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.HmacWithPublicKey(Descriptor(), fixture.TeamsKey)));
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTheChannel_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(Descriptor(fixture.WebChatOnlyKey))));
    }

    [Fact]
    public async Task Post_KeyEndorsedForTheActivitysChannel_RunsTheTurn()
    {
        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(ChannelTokens.Create(Descriptor(fixture.WebChatOnlyKey)), channelId: "webchat"));
    }

    [Fact]
    public async Task Post_ServiceUrlClaimMismatch_Is401WithoutTurn()
    {
        var descriptor = ChannelTokens.Descriptor(AppId, "https://smba.trafficmanager.net/emea/", fixture.TeamsKey);

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(ChannelTokens.Create(descriptor)));
    }

    [Fact]
    public async Task Post_NotAJwt_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync("garbage"));
    }

    [Fact]
    public async Task Post_MetadataUnreachable_Is503WithoutTurn()
    {
        await using var connector = await FakeConnector.StartAsync();
        OpenIdMetadataServer stopped;
        await using (stopped = await OpenIdMetadataServer.StartAsync([fixture.TeamsKey], [fixture.EntraKey]))
        {
            // Stopped before the bot asks: its address now refuses connections.
        }
        await using var bot = await BotUnderTest.StartAsync(ChannelAuthenticationFixture.Settings(stopped, connector), login: connector.Address);
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var token = ChannelTokens.Create(ChannelTokens.Descriptor(AppId, connector.ServiceUrl, fixture.TeamsKey));

        using var response = await bot.PostAsync(TestActivities.Message(conversation, connector.ServiceUrl, "hello").ToJsonString(), token);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 0, 0),
            (response.StatusCode, (await bot.TranscriptAsync("msteams", conversation)).Count, connector.Calls.Count));
    }
}
