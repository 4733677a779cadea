using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Whole conversations through <c>/api/messages</c>, the replies arriving at a local Connector that records
/// every call as it came.
/// </summary>
public sealed class ConnectorConversationTests(ChannelAuthenticationFixture fixture) : IClassFixture<ChannelAuthenticationFixture>
{
    private const string FirstMessage = "I get error 0x904 extended 0x7 when connecting";

    private FakeConnector Connector => fixture.Connector;

    private string Token() => ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, Connector.ServiceUrl, fixture.TeamsKey));

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(JsonObject activity)
    {
        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), Token());
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private JsonObject Message(string conversation, string text = FirstMessage) => TestActivities.Message(conversation, Connector.ServiceUrl, text);

    /// <summary>The last card button the bot sent to the conversation.</summary>
    private JsonElement LastButton(string conversation) => Connector.CallsTo(conversation)
        .Select(call => call.Body!.Value)
        .Where(body => body.TryGetProperty("attachments", out _))
        .Select(body => body.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray().Last())
        .Last(element => element.GetProperty("type").GetString() == "ActionSet")
        .GetProperty("actions")[0];

    [Fact]
    public async Task Message_RepliesToTheActivityAtTheServiceUrlsPath()
    {
        var conversation = NewConversation();
        var message = Message(conversation);

        await PostAsync(message);

        var call = Connector.CallsTo(conversation)[0];
        Assert.Equal(("POST", $"/amer/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{message["id"]}", message["id"]!.GetValue<string>()),
            (call.Method, call.Path, call.ReplyToId));
    }

    [Fact]
    public async Task Message_TeamsThreadId_IsEscapedAsOnePathSegment()
    {
        const string thread = "19:abc@thread.tacv2;messageid=1481567603816";
        // In a team's channel the bot answers what mentions it.
        var message = TestActivities.Mentioning(Message(thread), TestActivities.BotId, "RdpHelpBot");
        message["text"] = "<at>RdpHelpBot</at> " + message["text"];

        await PostAsync(message);

        Assert.Contains(Connector.Calls, call => call.Path.StartsWith("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1481567603816/activities/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_EveryConnectorCall_CarriesTheBotsToken()
    {
        var conversation = NewConversation();

        await PostAsync(Message(conversation));

        Assert.All(Connector.CallsTo(conversation), call => Assert.Equal($"Bearer {FakeConnector.AccessToken}", call.Authorization));
    }

    [Fact]
    public async Task Message_MultiTenantToken_IsAskedOfTheBotFrameworkTenantForTheConnectorScope()
    {
        await PostAsync(Message(NewConversation()));

        var (path, form) = Connector.TokenRequests[0];
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form, StringComparison.Ordinal);
        Assert.Contains($"client_id={ChannelAuthenticationFixture.AppId}", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RepliesFromTheBotToTheUser()
    {
        var conversation = NewConversation();

        await PostAsync(Message(conversation));

        var body = Connector.CallsTo(conversation)[0].Body!.Value;
        Assert.Equal((TestActivities.BotId, TestActivities.UserId), (body.GetProperty("from").GetProperty("id").GetString(), body.GetProperty("recipient").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Message_Throttled_IsRetriedAfterRetryAfter()
    {
        var conversation = NewConversation();
        Connector.ThrottleNext(1);
        var clock = Stopwatch.StartNew();

        var (status, _) = await PostAsync(Message(conversation));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"The retry came after {clock.Elapsed}, before the Retry-After of 1 s.");
        Assert.Contains(Connector.Throttled, call => call.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal));
        Assert.NotEmpty(Connector.CallsTo(conversation));
    }

    [Fact]
    public async Task ExecuteClick_GetsTheInvokeResponseAndTheNextQuestion()
    {
        var conversation = NewConversation();
        await PostAsync(Message(conversation));
        var button = LastButton(conversation);
        var before = Connector.CallsTo(conversation).Count;

        var (status, body) = await PostAsync(Invoke(conversation, button));

        Assert.Equal((HttpStatusCode.OK, 200, "application/vnd.microsoft.activity.message"), (status, InvokeStatus(body), InvokeType(body)));
        Assert.True(Connector.CallsTo(conversation).Count > before, "No next question was sent.");
    }

    [Fact]
    public async Task SubmitClick_FromTheFallback_GetsTheNextQuestion()
    {
        var conversation = NewConversation();
        await PostAsync(Message(conversation));
        var submitData = LastButton(conversation).GetProperty("fallback").GetProperty("data");
        var before = Connector.CallsTo(conversation).Count;
        var click = Message(conversation, "");
        click["value"] = JsonNode.Parse(submitData.GetProperty("msteams").GetProperty("value").GetRawText());

        await PostAsync(click);

        var transcript = await fixture.Bot.TranscriptAsync("msteams", conversation);
        Assert.Contains(transcript, line => line.ChoiceValue == submitData.GetProperty("value").GetString());
        Assert.True(Connector.CallsTo(conversation).Count > before, "No next question was sent.");
    }

    [Fact]
    public async Task ExecuteClick_SentTwice_RunsOneTurn()
    {
        var conversation = NewConversation();
        await PostAsync(Message(conversation));
        var invoke = Invoke(conversation, LastButton(conversation));
        await PostAsync(invoke);
        var callsAfterFirst = Connector.CallsTo(conversation).Count;
        var linesAfterFirst = (await fixture.Bot.TranscriptAsync("msteams", conversation)).Count;

        var (status, body) = await PostAsync(invoke);

        Assert.Equal((HttpStatusCode.OK, 200), (status, InvokeStatus(body)));
        Assert.Equal((callsAfterFirst, linesAfterFirst), (Connector.CallsTo(conversation).Count, (await fixture.Bot.TranscriptAsync("msteams", conversation)).Count));
    }

    [Fact]
    public async Task Invoke_SubmitActionType_Is400WithAnInvokeError()
    {
        var conversation = NewConversation();
        var invoke = Invoke(conversation, JsonDocument.Parse("""{"verb":"choice","data":{"value":"yes"}}""").RootElement);
        invoke["value"]!["action"]!["type"] = "Action.Submit";

        var (status, body) = await PostAsync(invoke);

        Assert.Equal((HttpStatusCode.BadRequest, "application/vnd.microsoft.error"), (status, InvokeType(body)));
    }

    private JsonObject Invoke(string conversation, JsonElement button)
    {
        var invoke = Message(conversation, "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = button.GetProperty("verb").GetString(),
                ["data"] = JsonNode.Parse(button.GetProperty("data").GetRawText()),
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private static int InvokeStatus(string body) => JsonDocument.Parse(body).RootElement.GetProperty("statusCode").GetInt32();

    private static string? InvokeType(string body) => JsonDocument.Parse(body).RootElement.GetProperty("type").GetString();
}
