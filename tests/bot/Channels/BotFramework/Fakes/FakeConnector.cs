using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>
/// A local Bot Connector and Entra ID token endpoint: records every Connector call as it arrived (raw escaped
/// path, Authorization header, body) and can answer the next calls with 429 and a Retry-After.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public const string AccessToken = "connector-token-from-the-fake-login";

    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ConnectorCall> _throttled = new();
    private readonly ConcurrentQueue<(string Path, string Form)> _tokenRequests = new();
    private readonly ConcurrentQueue<ConnectorCall> _typing = new();
    private readonly ConcurrentQueue<ConnectorCall> _hung = new();
    private readonly ConcurrentQueue<ConnectorCall> _refused = new();
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _hangs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);
    private (int Status, string Body)? _newChatRefusal;
    private LocalServer? _server;
    private int _throttleNext;
    private int _ids;

    public Uri Address => _server!.Address;

    /// <summary>A Teams-like serviceUrl with a path below the host.</summary>
    public string ServiceUrl => new Uri(Address, "amer/").ToString();

    /// <summary>Calls answered with success, in order (typing indicators are in <see cref="Typing"/>).</summary>
    public IReadOnlyList<ConnectorCall> Calls => _calls.ToList();

    /// <summary>The <c>typing</c> activities received, answered with success.</summary>
    public IReadOnlyList<ConnectorCall> Typing => _typing.ToList();

    /// <summary>Calls answered with a refusal (see <see cref="Refuse"/>).</summary>
    public IReadOnlyList<ConnectorCall> Refused => _refused.ToList();

    /// <summary>Calls held without an answer (see <see cref="Hang"/>).</summary>
    public IReadOnlyList<ConnectorCall> Hung => _hung.ToList();

    public IReadOnlyList<ConnectorCall> Throttled => _throttled.ToList();

    /// <summary>The requests to the token endpoint: path and form body.</summary>
    public IReadOnlyList<(string Path, string Form)> TokenRequests => _tokenRequests.ToList();

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LocalServer.StartAsync(connector.AnswerAsync);
        return connector;
    }

    /// <summary>
    /// The next <paramref name="count"/> Connector calls (the v3 API) get 429 with <c>Retry-After: 1</c>; the identity
    /// library's own discovery request, which the first sign-in of a process may send here, is not one of them.
    /// </summary>
    public void ThrottleNext(int count) => Interlocked.Exchange(ref _throttleNext, count);

    /// <summary>Every later call to the conversation is refused with this status and body, as Teams does once the app is removed.</summary>
    public void Refuse(string conversationId, int status, string body) => _refusals[Uri.EscapeDataString(conversationId)] = (status, body);

    /// <summary>Every later request to open a conversation (<c>POST v3/conversations</c>) is refused with this status and body, as Teams refuses a one-to-one chat with a user who removed the app or blocked the bot.</summary>
    public void RefuseNewChats(int status, string body) => _newChatRefusal = (status, body);

    /// <summary>A GET whose path contains <paramref name="path"/> (escaped as sent) is answered with <paramref name="json"/>, as Teams answers its lookups.</summary>
    public void AnswerGet(string path, string json) => _answers[path] = json;

    /// <summary>Every later call to the conversation is held without an answer until <see cref="Allow"/>, as a Connector that hangs.</summary>
    public void Hang(string conversationId) => _hangs[Uri.EscapeDataString(conversationId)] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Calls to the conversation are answered normally again; held ones are let go (their caller may have given up).</summary>
    public void Allow(string conversationId)
    {
        _refusals.TryRemove(Uri.EscapeDataString(conversationId), out _);
        if (_hangs.TryRemove(Uri.EscapeDataString(conversationId), out var hang))
            hang.TrySetResult();
    }

    private (int Status, string Body)? AnswerFor(string method, string rawTarget) =>
        method == HttpMethods.Post && rawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal) && _newChatRefusal is { } newChat
            ? newChat
            : _refusals.FirstOrDefault(refusal => rawTarget.Contains(refusal.Key, StringComparison.Ordinal)) is { Key: not null } match
            ? match.Value
            : null;

    public IReadOnlyList<ConnectorCall> CallsTo(string conversationId) =>
        Calls.Where(call => call.Path.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal)).ToList();

    private async Task AnswerAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (rawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            _tokenRequests.Enqueue((rawTarget, body));
            await WriteJsonAsync(context, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
            return;
        }
        var call = new ConnectorCall(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(),
            body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone());
        if (rawTarget.Contains("/v3/", StringComparison.Ordinal) && Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            _throttled.Enqueue(call);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            return;
        }
        if (_hangs.FirstOrDefault(hang => rawTarget.Contains(hang.Key, StringComparison.Ordinal)).Value is { } held)
        {
            _hung.Enqueue(call);
            await held.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (context.Request.Method == HttpMethods.Get
            && _answers.FirstOrDefault(answer => rawTarget.Contains(answer.Key, StringComparison.Ordinal)) is { Key: not null } lookup)
        {
            _calls.Enqueue(call);
            await WriteJsonAsync(context, lookup.Value);
            return;
        }
        if (AnswerFor(context.Request.Method, rawTarget) is { } refusal)
        {
            _refused.Enqueue(call);
            context.Response.StatusCode = refusal.Status;
            await WriteJsonAsync(context, refusal.Body);
            return;
        }
        call = call with { Id = "r" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture) };
        (call.Type == "typing" ? _typing : _calls).Enqueue(call);
        await WriteJsonAsync(context, $$"""{"id":"{{call.Id}}"}""");
    }

    private static Task WriteJsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var hang in _hangs.Values)
            hang.TrySetResult();
        return _server?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}

internal sealed record ConnectorCall(string Method, string Path, string Authorization, JsonElement? Body)
{
    /// <summary>The activity id the Connector gave what was sent.</summary>
    public string? Id { get; init; }

    public string? ReplyToId => Body?.TryGetProperty("replyToId", out var id) == true ? id.GetString() : null;

    public string? Type => Body?.TryGetProperty("type", out var type) == true ? type.GetString() : null;
}
