using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Channels.Slack.Verification;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>
/// Malformed requests to every HTTP endpoint of the bot (Bot Framework, Direct Line, the chat page's token, Slack,
/// health): each is refused or answered, never a 500.
/// </summary>
public sealed class MalformedInputTests(MalformedInputTests.Bot bot) : IClassFixture<MalformedInputTests.Bot>
{
    private const string SlackSecret = "malformed-input-signing-secret";

    private static readonly string DeepJson = new string('[', 5000) + new string(']', 5000);

    private static readonly Dictionary<string, Func<Bot, HttpRequestMessage>> Requests = new()
    {
        ["messages: empty body"] = _ => Json(HttpMethod.Post, "/api/messages", ""),
        ["messages: not JSON"] = _ => Json(HttpMethod.Post, "/api/messages", "not json"),
        ["messages: an array"] = _ => Json(HttpMethod.Post, "/api/messages", "[]"),
        ["messages: null"] = _ => Json(HttpMethod.Post, "/api/messages", "null"),
        ["messages: empty object"] = _ => Json(HttpMethod.Post, "/api/messages", "{}"),
        ["messages: type a number"] = _ => Json(HttpMethod.Post, "/api/messages", """{"type":5}"""),
        ["messages: text an object"] = _ => Json(HttpMethod.Post, "/api/messages", Activity(""" "text":{"a":1} """)),
        ["messages: from a string"] = _ => Json(HttpMethod.Post, "/api/messages", """{"type":"message","text":"hi","from":"x","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}"""),
        ["messages: conversation an array"] = _ => Json(HttpMethod.Post, "/api/messages", """{"type":"message","text":"hi","from":{"id":"u"},"conversation":[],"serviceUrl":"http://127.0.0.1:9/"}"""),
        ["messages: entities a string"] = _ => Json(HttpMethod.Post, "/api/messages", Activity(""" "text":"hi","entities":"x" """)),
        ["messages: attachments an object"] = _ => Json(HttpMethod.Post, "/api/messages", Activity(""" "text":"hi","attachments":{} """)),
        ["messages: serviceUrl not a URL"] = _ => Json(HttpMethod.Post, "/api/messages", """{"type":"message","text":"hi","from":{"id":"u"},"conversation":{"id":"c"},"serviceUrl":"not a url"}"""),
        ["messages: invoke with a string value"] = _ => Json(HttpMethod.Post, "/api/messages", Activity(""" "type":"invoke","name":"adaptiveCard/action","value":"x" """, type: null)),
        ["messages: timestamp not a date"] = _ => Json(HttpMethod.Post, "/api/messages", Activity(""" "text":"hi","timestamp":"yesterday" """)),
        ["messages: deeply nested"] = _ => Json(HttpMethod.Post, "/api/messages", DeepJson),
        ["messages: not UTF-8"] = _ => Raw(HttpMethod.Post, "/api/messages", [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d], "application/json"),
        ["messages: text/plain"] = _ => Raw(HttpMethod.Post, "/api/messages", Encoding.UTF8.GetBytes(Activity(""" "text":"hi" """)), "text/plain"),
        ["messages: bearer not a JWT"] = _ => WithBearer(Json(HttpMethod.Post, "/api/messages", Activity(""" "text":"hi" """)), "a.b.c"),

        ["directline activities: empty body"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, "")),
        ["directline activities: not JSON"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, "not json")),
        ["directline activities: an array"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, "[]")),
        ["directline activities: null"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, "null")),
        ["directline activities: type a number"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":5,"from":{"id":"u"}}""")),
        ["directline activities: text an object"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":{"a":1},"from":{"id":"u"}}""")),
        ["directline activities: entities a string"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","entities":"x","from":{"id":"u"}}""")),
        ["directline activities: attachments an object"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","attachments":{},"from":{"id":"u"}}""")),
        ["directline activities: from.role a number"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","from":{"id":"u","role":5}}""")),
        ["directline activities: from.id a number"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","from":{"id":5}}""")),
        ["directline activities: from an array"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","from":[]}""")),
        ["directline activities: value an array"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","from":{"id":"u"},"value":[1,2]}""")),
        ["directline activities: channelData a string"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","from":{"id":"u"},"channelData":"x"}""")),
        ["directline activities: timestamp not a date"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, """{"type":"message","text":"hi","from":{"id":"u"},"timestamp":"yesterday"}""")),
        ["directline activities: deeply nested"] = b => b.DirectLine(Json(HttpMethod.Post, b.Activities, DeepJson)),
        ["directline activities: not UTF-8"] = b => b.DirectLine(Raw(HttpMethod.Post, b.Activities, [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d], "application/json")),
        ["directline activities: unknown conversation"] = b => b.DirectLine(Json(HttpMethod.Post, "/v3/directline/conversations/nope/activities", """{"type":"message","text":"hi","from":{"id":"u"}}""")),
        ["directline activities: watermark not a number"] = b => b.DirectLine(new HttpRequestMessage(HttpMethod.Get, b.Activities + "?watermark=abc")),
        ["directline activities: watermark negative"] = b => b.DirectLine(new HttpRequestMessage(HttpMethod.Get, b.Activities + "?watermark=-1")),
        ["directline activities: watermark too big"] = b => b.DirectLine(new HttpRequestMessage(HttpMethod.Get, b.Activities + "?watermark=99999999999999999999999")),
        ["directline reconnect: watermark not a number"] = b => b.DirectLine(new HttpRequestMessage(HttpMethod.Get, b.Conversation + "?watermark=abc")),
        ["directline upload: garbage"] = b => b.DirectLine(Raw(HttpMethod.Post, b.Conversation + "/upload", [1, 2, 3], "multipart/form-data; boundary=x")),
        ["directline stream: not a WebSocket"] = b => b.DirectLine(new HttpRequestMessage(HttpMethod.Get, b.Conversation + "/stream?watermark=abc")),
        ["directline stream: garbage token"] = b => new HttpRequestMessage(HttpMethod.Get, b.Conversation + "/stream?t=a.b.c"),
        ["directline start: bearer garbage"] = _ => WithBearer(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations"), "!!!"),
        ["directline start: basic auth"] = _ => WithAuthorization(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations"), "Basic eHl6"),
        ["directline generate: user a number"] = b => b.DirectLine(Json(HttpMethod.Post, "/v3/directline/tokens/generate", """{"user":5}""")),
        ["directline generate: user.id an object"] = b => b.DirectLine(Json(HttpMethod.Post, "/v3/directline/tokens/generate", """{"user":{"id":{}}}""")),
        ["directline generate: not JSON"] = b => b.DirectLine(Json(HttpMethod.Post, "/v3/directline/tokens/generate", "not json")),
        ["directline refresh: token not a JWT"] = _ => WithBearer(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh"), "a.b.c"),
        ["directline refresh: very long token"] = _ => WithBearer(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh"), new string('x', 8000)),

        ["webchat token: garbage body"] = _ => Json(HttpMethod.Post, "/webchat/token", "not json"),
        ["webchat token: foreign origin"] = _ => WithHeader(new HttpRequestMessage(HttpMethod.Post, "/webchat/token"), "Origin", "http://evil.example"),
        ["webchat token: origin not a URL"] = _ => WithHeader(new HttpRequestMessage(HttpMethod.Post, "/webchat/token"), "Origin", "::::"),

        ["slack events: empty body"] = _ => Slack("/slack/events", "", "application/json"),
        ["slack events: not JSON"] = _ => Slack("/slack/events", "not json", "application/json"),
        ["slack events: an array"] = _ => Slack("/slack/events", "[]", "application/json"),
        ["slack events: callback without event"] = _ => Slack("/slack/events", """{"type":"event_callback"}""", "application/json"),
        ["slack events: event a string"] = _ => Slack("/slack/events", """{"type":"event_callback","event":"x"}""", "application/json"),
        ["slack events: text an object"] = _ => Slack("/slack/events", """{"type":"event_callback","team_id":"T1","event":{"type":"message","channel_type":"im","text":{"a":1},"user":"U1","channel":"D1","ts":"1.1"}}""", "application/json"),
        ["slack events: url_verification without challenge"] = _ => Slack("/slack/events", """{"type":"url_verification"}""", "application/json"),
        ["slack events: challenge a number"] = _ => Slack("/slack/events", """{"type":"url_verification","challenge":5}""", "application/json"),
        ["slack events: timestamp not a number"] = _ => WithHeader(WithHeader(Json(HttpMethod.Post, "/slack/events", "{}"), SlackRequestVerifier.TimestampHeader, "abc"), SlackRequestVerifier.SignatureHeader, "v0=00"),
        ["slack commands: empty form"] = _ => Slack("/slack/commands", "", "application/x-www-form-urlencoded"),
        ["slack commands: bad escapes"] = _ => Slack("/slack/commands", "command=%2Frdp&text=%ZZ%&&=", "application/x-www-form-urlencoded"),
        ["slack commands: text without user"] = _ => Slack("/slack/commands", "command=%2Frdp&text=hi", "application/x-www-form-urlencoded"),
        ["slack interactivity: empty form"] = _ => Slack("/slack/interactivity", "", "application/x-www-form-urlencoded"),
        ["slack interactivity: payload not JSON"] = _ => Slack("/slack/interactivity", "payload=not%20json", "application/x-www-form-urlencoded"),
        ["slack interactivity: payload empty object"] = _ => Slack("/slack/interactivity", "payload=%7B%7D", "application/x-www-form-urlencoded"),
        ["slack interactivity: actions a string"] = _ => Slack("/slack/interactivity", "payload=" + Uri.EscapeDataString("""{"type":"block_actions","actions":"x","user":{"id":"U1"}}"""), "application/x-www-form-urlencoded"),
        ["slack install: odd query"] = _ => new HttpRequestMessage(HttpMethod.Get, "/slack/install?x=%ZZ"),
        ["slack oauth redirect: no parameters"] = _ => new HttpRequestMessage(HttpMethod.Get, "/slack/oauth_redirect"),
        ["slack oauth redirect: garbage state"] = _ => new HttpRequestMessage(HttpMethod.Get, "/slack/oauth_redirect?code=x&state=%00%ff"),
        ["slack oauth redirect: error"] = _ => new HttpRequestMessage(HttpMethod.Get, "/slack/oauth_redirect?error=access_denied&state=x"),

        ["healthz: post"] = _ => Json(HttpMethod.Post, "/healthz", "not json"),
        ["healthz: odd query"] = _ => new HttpRequestMessage(HttpMethod.Get, "/healthz?%ZZ=1"),
    };

    public static TheoryData<string> Names => [.. Requests.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Request_Malformed_IsNeverA500(string name)
    {
        using var request = Requests[name](bot);

        using var response = await bot.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500,
            $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private static string Activity(string fields, string? type = "message") =>
        "{" + (type is null ? "" : $"\"type\":\"{type}\",") + fields + ""","from":{"id":"u"},"conversation":{"id":"c"},"channelId":"msteams","serviceUrl":"http://127.0.0.1:9/"}""";

    private static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        Raw(method, path, Encoding.UTF8.GetBytes(body), "application/json");

    private static HttpRequestMessage Raw(HttpMethod method, string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(method, path) { Content = content };
    }

    private static HttpRequestMessage Slack(string path, string body, string contentType)
    {
        var request = Raw(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackSignature.Compute(SlackSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    private static HttpRequestMessage WithBearer(HttpRequestMessage request, string token) =>
        WithAuthorization(request, $"Bearer {token}");

    private static HttpRequestMessage WithAuthorization(HttpRequestMessage request, string value)
    {
        request.Headers.TryAddWithoutValidation("Authorization", value);
        return request;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>
    /// The bot with every channel on (local mode for <c>/api/messages</c>, Direct Line, Slack over HTTP with OAuth),
    /// its data in SQLite, outside calls pointed at a closed local port; one Direct Line conversation started.
    /// </summary>
    public sealed class Bot : IAsyncLifetime
    {
        private readonly TemporaryFolder _data = new();
        private WebApplication? _app;

        // A redirect (to Slack's authorize page) is an answer; it is not followed.
        public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

        public string Conversation { get; private set; } = "";

        public string Activities => Conversation + "/activities";

        public HttpRequestMessage DirectLine(HttpRequestMessage request) => WithBearer(request, DirectLineServer.Secret);

        public async ValueTask InitializeAsync()
        {
            var closed = $"http://127.0.0.1:{PeerProcess.FreePort()}/";
            var errors = new StringWriter();
            _app = BotHost.Build([
                "--urls=http://127.0.0.1:0", $"--Storage:DataFolder={_data.Path}", $"--DirectLine:Secret={DirectLineServer.Secret}",
                $"--Slack:SigningSecret={SlackSecret}", "--Slack:BotToken=xoxb-malformed", "--Slack:ClientId=1.2", "--Slack:ClientSecret=client-secret",
                $"--Slack:ApiBaseUrl={closed}", $"--Slack:AuthorizeUrl={closed}oauth", $"--Slack:RedirectUri={closed}slack/oauth_redirect"], errors, builder => builder.Logging.ClearProviders());
            Assert.True(_app is not null, errors.ToString());
            await _app.StartAsync(TestContext.Current.CancellationToken);
            Http.BaseAddress = new Uri(_app.Urls.First());
            using var started = await Http.SendAsync(DirectLine(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations")), TestContext.Current.CancellationToken);
            started.EnsureSuccessStatusCode();
            var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("conversationId").GetString();
            Conversation = $"/v3/directline/conversations/{id}";
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            if (_app is not null)
            {
                await _app.StopAsync(CancellationToken.None);
                await _app.DisposeAsync();
            }
            _data.Dispose();
        }
    }
}
