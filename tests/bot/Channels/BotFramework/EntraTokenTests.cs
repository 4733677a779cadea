using System.Net;
using Microsoft.IdentityModel.Tokens;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Channel tokens issued by Microsoft Entra ID: accepted from the Bot Service's tenants and the bot's own,
/// when the issuer and the signing key are those of the tenant the token names; refused otherwise, running no turn.
/// </summary>
public sealed class EntraTokenTests(ChannelAuthenticationFixture fixture) : IClassFixture<ChannelAuthenticationFixture>
{
    private const string BotServiceTenant = ChannelTokens.BotServiceTenant;
    private const string BotTenant = ChannelAuthenticationFixture.BotTenant;
    private const string OtherTenant = ChannelAuthenticationFixture.OtherTenant;

    private SecurityTokenDescriptor Entra(string issuer = ChannelTokens.EntraIssuer, string? tenant = BotServiceTenant, SigningKey? key = null) =>
        ChannelTokens.EntraDescriptor(ChannelAuthenticationFixture.AppId, fixture.Connector.ServiceUrl, key ?? fixture.EntraKey, issuer, tenant);

    private async Task<(HttpStatusCode Status, bool TurnRan)> PostAsync(SecurityTokenDescriptor descriptor)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "hello");
        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), ChannelTokens.Create(descriptor));
        return (response.StatusCode, (await fixture.Bot.TranscriptAsync("msteams", conversation)).Count > 0);
    }

    private static string V2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    private static string V1(string tenant) => $"https://sts.windows.net/{tenant}/";

    [Theory]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("https://sts.windows.net/69e9b82d-4842-4902-8d1e-abc5b98a55e8/", "69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    public async Task Post_TokenFromABotServiceTenant_RunsTheTurn(string issuer, string tenant)
    {
        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(Entra(issuer, tenant)));
    }

    [Fact]
    public async Task Post_TokenFromTheBotsOwnTenant_RunsTheTurn()
    {
        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(Entra(V1(BotTenant), BotTenant)));
    }

    [Fact]
    public async Task Post_AudienceAsApiUri_RunsTheTurn()
    {
        var descriptor = Entra().Changed(d => d.Audience = $"api://{ChannelAuthenticationFixture.AppId}");

        Assert.Equal((HttpStatusCode.OK, true), await PostAsync(descriptor));
    }

    [Fact]
    public async Task Post_TokenFromAnotherTenant_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(Entra(V2(OtherTenant), OtherTenant)));
    }

    [Fact]
    public async Task Post_TrustedIssuerButTidOfAnotherTenant_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(Entra(tenant: OtherTenant)));
    }

    [Fact]
    public async Task Post_NoTidClaim_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(Entra(tenant: null)));
    }

    [Fact]
    public async Task Post_SignedWithAKeyEntraPublishesForAnotherTenant_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(Entra(key: fixture.OtherTenantsEntraKey)));
    }

    [Fact]
    public async Task Post_SignedWithABotConnectorKey_Is401WithoutTurn()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(Entra(key: fixture.TeamsKey)));
    }

    [Fact]
    public async Task Post_WrongAudience_Is401WithoutTurn()
    {
        var descriptor = Entra().Changed(d => d.Audience = "api://0e8b4a3b-0000-4000-8000-000000000000");

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(descriptor));
    }

    [Fact]
    public async Task Post_ServiceUrlClaimOfAnotherServiceUrl_Is401WithoutTurn()
    {
        var descriptor = ChannelTokens.EntraDescriptor(ChannelAuthenticationFixture.AppId, "https://smba.trafficmanager.net/emea/", fixture.EntraKey);

        Assert.Equal((HttpStatusCode.Unauthorized, false), await PostAsync(descriptor));
    }
}
