using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>Invokes besides card clicks, and card clicks the bot cannot read: always a clear answer, never a 500.</summary>
public sealed class InvokeTests(LocalModeFixture fixture) : IClassFixture<LocalModeFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, int Turns)> InvokeAsync(string name, JsonNode? value = null)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var invoke = TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke["value"] = value;
        using var response = await fixture.Bot.PostAsync(invoke.ToJsonString(), token: null);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, (await fixture.Bot.TranscriptAsync("msteams", conversation)).Count);
    }

    [Fact]
    public async Task HealthCheck_Is200WithSuccessfulHealthResults()
    {
        var (status, body, _) = await InvokeAsync("healthCheck");

        Assert.Equal((HttpStatusCode.OK, true), (status, body.GetProperty("healthResults").GetProperty("success").GetBoolean()));
    }

    [Fact]
    public async Task HealthCheck_RunsNoTurn()
    {
        var (_, _, turns) = await InvokeAsync("healthCheck");

        Assert.Equal(0, turns);
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    public async Task UnhandledInvoke_Is501NamingTheInvoke(string name)
    {
        var (status, body, turns) = await InvokeAsync(name, new JsonObject());

        Assert.Equal((HttpStatusCode.NotImplemented, 0), (status, turns));
        Assert.Contains($"'{name}'", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"choice","data":{}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"approve","data":{"value":"yes"}}}""")]
    [InlineData("""{"action":"not an object"}""")]
    public async Task CardClickTheBotCannotRead_Is400WithAnInvokeError(string? value)
    {
        var (status, body, turns) = await InvokeAsync("adaptiveCard/action", value is null ? null : JsonNode.Parse(value));

        Assert.Equal((HttpStatusCode.BadRequest, "application/vnd.microsoft.error", 0), (status, body.GetProperty("type").GetString(), turns));
    }
}
