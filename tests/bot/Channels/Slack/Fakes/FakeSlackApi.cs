using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

/// <summary>
/// A local stand-in for slack.com on 127.0.0.1: answers the Web API methods the bot uses as Slack documents
/// them, records every call, can be told to fail or rate-limit a method, and hosts the Socket Mode WebSocket.
/// </summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";

    private readonly WebApplication _app;
    private readonly List<SlackApiCall> _calls = [];
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _held = new(StringComparer.Ordinal);
    private int _nextTs;
    private int _heldCalls;
    private int _nextTicket;

    private FakeSlackApi(WebApplication app)
    {
        _app = app;
    }

    public Uri Root { get; private set; } = null!;

    public Uri ApiBaseUrl => new(Root, "api/");

    public FakeSocketModeServer Sockets { get; } = new();

    /// <summary>How long each Web API answer takes, as a slow Slack would.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>While true, every Web API call answers HTTP 503, as Slack does in an outage.</summary>
    public bool Unavailable { get; set; }

    /// <summary>
    /// Holds every call naming <paramref name="channel"/> unanswered until the result is disposed, as a Slack slow to
    /// answer for one channel would.
    /// </summary>
    public IDisposable Hold(string channel)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[channel] = released.Task;
        return new Release(() => released.TrySetResult());
    }

    /// <summary>Calls that arrived while their channel was held.</summary>
    public int HeldCalls => Volatile.Read(ref _heldCalls);

    /// <summary>The full names users.info answers with, by user id; anyone else is "Some One".</summary>
    public ConcurrentDictionary<string, string> UserNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Install codes oauth.v2.access accepts, with the team and bot token each grants.</summary>
    public ConcurrentDictionary<string, (string TeamId, string TeamName, string BotToken, string BotUserId)> InstallCodes { get; } = new();

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.Map("/link", fake.Sockets.AcceptAsync);
        app.MapPost("/api/{method}", fake.AnswerAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        fake.Root = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public IReadOnlyList<SlackApiCall> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    public IReadOnlyList<SlackApiCall> CallsTo(string method) => [.. Calls.Where(call => call.Method == method)];

    /// <summary>Waits until <paramref name="count"/> calls match, and returns them.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> WaitForCallsAsync(Func<SlackApiCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = Calls.Where(match).ToList();
            if (found.Count >= count)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} matching Slack calls, saw {found.Count}. All calls: {string.Join(", ", Calls.Select(c => c.Method))}");
            await Task.Delay(20);
        }
    }

    public async Task<SlackApiCall> WaitForCallAsync(Func<SlackApiCall, bool> match, TimeSpan? timeout = null) =>
        (await WaitForCallsAsync(match, 1, timeout))[0];

    /// <summary>The next call to the method answers <c>ok: false</c> with the error.</summary>
    public void FailNext(string method, string error) =>
        Script(method, context => context.Response.WriteAsync($$"""{"ok":false,"error":"{{error}}"}"""));

    /// <summary>The next call to the method answers HTTP 429 with Retry-After.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds) => Script(method, async context =>
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsync("""{"ok":false,"error":"ratelimited"}""");
    });

    /// <summary>The next call to the method answers HTTP 429 with Retry-After as an HTTP date.</summary>
    public void RateLimitNext(string method, DateTimeOffset retryAt) => Script(method, async context =>
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAt.ToString("R", CultureInfo.InvariantCulture);
        await context.Response.WriteAsync("""{"ok":false,"error":"ratelimited"}""");
    });

    public async ValueTask DisposeAsync()
    {
        Sockets.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    private void Script(string method, Func<HttpContext, Task> answer) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue(answer);

    private async Task AnswerAsync(HttpContext context, string method)
    {
        var arguments = await ReadArgumentsAsync(context.Request);
        if (ResponseDelay > TimeSpan.Zero)
            await Task.Delay(ResponseDelay);
        if ((string?)arguments["channel"] is { } channel && _held.TryGetValue(channel, out var held) && !held.IsCompleted)
        {
            Interlocked.Increment(ref _heldCalls);
            await held;
        }
        if (Unavailable)
        {
            Record(new SlackApiCall(method, null, arguments, null));
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var token = context.Request.Headers.Authorization.ToString() is { Length: > 7 } auth ? auth["Bearer ".Length..] : null;
        context.Response.ContentType = "application/json; charset=utf-8";
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            Record(new SlackApiCall(method, token, arguments, null));
            await scripted(context);
            return;
        }
        var answer = Answer(method, token, arguments);
        Record(new SlackApiCall(method, token, arguments, (string?)answer["ts"]));
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private JsonObject Answer(string method, string? token, JsonObject arguments) => method switch
    {
        "chat.postMessage" or "chat.update" => new() { ["ok"] = true, ["channel"] = arguments["channel"]?.DeepClone(), ["ts"] = (string?)arguments["ts"] ?? NextTs() },
        "chat.postEphemeral" => new() { ["ok"] = true, ["message_ts"] = NextTs() },
        "conversations.open" => new() { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + (string?)arguments["users"] } },
        "auth.test" => new() { ["ok"] = true, ["user_id"] = BotUserFor(token), ["bot_id"] = BotId, ["team_id"] = "T1" },
        "users.info" => new()
        {
            ["ok"] = true,
            ["user"] = new JsonObject
            {
                ["id"] = arguments["user"]?.DeepClone(), ["name"] = "someone", ["real_name"] = RealName((string?)arguments["user"]),
                ["profile"] = new JsonObject { ["display_name"] = "", ["real_name"] = RealName((string?)arguments["user"]) },
            },
        },
        "apps.connections.open" => new() { ["ok"] = true, ["url"] = $"ws://{Root.Authority}/link/?ticket={Interlocked.Increment(ref _nextTicket)}" },
        "oauth.v2.access" => OAuthAccess(arguments),
        _ => new() { ["ok"] = false, ["error"] = "unknown_method" },
    };

    private JsonObject OAuthAccess(JsonObject arguments) =>
        InstallCodes.TryGetValue((string?)arguments["code"] ?? "", out var grant)
            ? new()
            {
                ["ok"] = true, ["access_token"] = grant.BotToken, ["token_type"] = "bot", ["scope"] = "chat:write,commands",
                ["bot_user_id"] = grant.BotUserId, ["app_id"] = "A1",
                ["team"] = new JsonObject { ["id"] = grant.TeamId, ["name"] = grant.TeamName }, ["enterprise"] = null,
                ["is_enterprise_install"] = false,
            }
            : new() { ["ok"] = false, ["error"] = "invalid_code" };

    private string RealName(string? user) => user is not null && UserNames.TryGetValue(user, out var name) ? name : "Some One";

    private string BotUserFor(string? token) =>
        InstallCodes.Values.FirstOrDefault(grant => grant.BotToken == token) is { BotUserId: { } installed } && token is not null ? installed : BotUserId;

    private string NextTs() => string.Create(CultureInfo.InvariantCulture, $"1700000000.{Interlocked.Increment(ref _nextTs):D6}");

    private void Record(SlackApiCall call)
    {
        lock (_gate)
            _calls.Add(call);
    }

    private static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
            return JsonNode.Parse(body)!.AsObject();
        var form = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
        {
            form[key] = value.ToString();
        }
        return form;
    }
}
