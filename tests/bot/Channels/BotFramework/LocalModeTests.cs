using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>Local mode, malformed activities, and being added to Teams conversations.</summary>
public sealed class LocalModeTests(LocalModeFixture fixture) : IClassFixture<LocalModeFixture>
{
    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string json)
    {
        using var response = await fixture.Bot.PostAsync(json, token: null);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string ErrorMessage(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("message").GetString()!;

    private JsonObject Added(string conversation, string type = "conversationUpdate")
    {
        var activity = TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "");
        activity.Remove("text");
        activity["type"] = type;
        if (type == "conversationUpdate")
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId });
        else
            activity["action"] = "add";
        activity["channelData"] = JsonNode.Parse("""{"tenant":{"id":"tenant-1"},"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:general@thread.tacv2"}}""");
        return activity;
    }

    [Fact]
    public async Task Message_FromLoopbackWithoutToken_RunsTheTurnAndSendsNoToken()
    {
        var conversation = NewConversation();

        var (status, _) = await PostAsync(TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "hello").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(fixture.Connector.CallsTo(conversation), call => Assert.Equal("", call.Authorization));
        Assert.NotEmpty(fixture.Connector.CallsTo(conversation));
    }

    [Fact]
    public async Task Message_ResentWithTheSameId_RunsNoSecondTurn()
    {
        var conversation = NewConversation();
        var message = TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "hello").ToJsonString();
        await PostAsync(message);
        var answered = fixture.Connector.CallsTo(conversation).Count;

        var (status, _) = await PostAsync(message);

        Assert.Equal((HttpStatusCode.OK, true, answered), (status, answered > 0, fixture.Connector.CallsTo(conversation).Count));
    }

    [Fact]
    public async Task Message_SameIdInAnotherConversation_IsAnswered()
    {
        var message = TestActivities.Message(NewConversation(), fixture.Connector.ServiceUrl, "hello");
        await PostAsync(message.ToJsonString());
        var other = NewConversation();
        message["conversation"]!["id"] = other;

        await PostAsync(message.ToJsonString());

        Assert.NotEmpty(fixture.Connector.CallsTo(other));
    }

    [Theory]
    [InlineData("", "The request body is empty; it must be a Bot Framework activity in JSON.")]
    [InlineData("""{"id":"1"}""", "The activity has no type.")]
    [InlineData("""{"type":"message","id":"1","serviceUrl":"https://smba.trafficmanager.net/amer/","from":{"id":"u"},"recipient":{"id":"b"}}""", "The message activity has no conversation.id.")]
    [InlineData("""{"type":"message","id":"1","serviceUrl":"ftp://x/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""", "The message activity has no http(s) serviceUrl to answer at.")]
    [InlineData("""{"type":"invoke","id":"1","serviceUrl":"https://smba.trafficmanager.net/amer/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""", "The invoke activity has no name.")]
    public async Task Post_MalformedActivity_Is400WithTheReason(string body, string reason)
    {
        var (status, answer) = await PostAsync(body);

        Assert.Equal((HttpStatusCode.BadRequest, reason), (status, ErrorMessage(answer)));
    }

    [Fact]
    public async Task Post_NotJson_Is400SayingSo()
    {
        var (status, answer) = await PostAsync("{not json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The request body is not a Bot Framework activity:", ErrorMessage(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_WelcomesOnce()
    {
        var conversation = NewConversation();

        await PostAsync(Added(conversation).ToJsonString());
        var welcomes = fixture.Connector.CallsTo(conversation).Count;
        await PostAsync(Added(conversation, "installationUpdate").ToJsonString());

        Assert.Equal((1, 1), (welcomes, fixture.Connector.CallsTo(conversation).Count));
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_StoresTheReferenceForProactiveMessages()
    {
        var conversation = NewConversation();

        await PostAsync(Added(conversation).ToJsonString());

        var stored = await fixture.Bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("msteams", conversation, CancellationToken.None);
        Assert.Equal((fixture.Connector.ServiceUrl, "tenant-1", TestActivities.UserId, "19:general@thread.tacv2", TestActivities.BotId),
            (stored!.ServiceUrl, stored.TenantId, stored.User!.Id, stored.TeamsChannelId, stored.Bot.Id));
    }

    [Fact]
    public async Task InstallationUpdate_Remove_ForgetsTheConversation()
    {
        var conversation = NewConversation();
        await PostAsync(Added(conversation).ToJsonString());
        var removal = Added(conversation, "installationUpdate");
        removal["action"] = "remove";

        await PostAsync(removal.ToJsonString());

        Assert.Null(await fixture.Bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("msteams", conversation, CancellationToken.None));
    }

    [Fact]
    public async Task Message_UntrustedServiceUrl_SendsNothingAndTheOutboxSaysWhy()
    {
        var conversation = NewConversation();

        var (status, _) = await PostAsync(TestActivities.Message(conversation, "https://evil.example.com/", "hello").ToJsonString());

        var dead = await fixture.Bot.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Dead, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(dead, row => row.Destination.Contains(conversation, StringComparison.Ordinal)
            && row.Reason!.Contains("'evil.example.com' is not trusted", StringComparison.Ordinal));
    }
}
