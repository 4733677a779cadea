using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API over HTTP: JSON or form POSTs with a bearer token, <c>ok: false</c> raised as
/// <see cref="SlackApiException"/> with Slack's error code, HTTP 429 waited out for <c>Retry-After</c>, and
/// messages paced per channel. Tokens go into the Authorization header only, never into a log line.
/// </summary>
internal sealed class SlackWebApiClient(HttpClient http, KeyedPacer pacer, TimeProvider time, SlackOptions options, SlackLog log)
{
    /// <summary>The key of the pacer that keeps messages to one channel <see cref="SlackOptions.MessageInterval"/> apart.</summary>
    public const string Pacer = "Slack";

    private static SlackJsonContext Json => SlackJsonContext.Default;

    /// <summary>Slack allows about one message a second in a channel; a long answer paced so is not cut short by 429s.</summary>
    public static KeyedPacer CreatePacer(SlackOptions options, TimeProvider time) => new([new PaceLimit(1, options.MessageInterval)], time);

    public async Task<PostMessageResponse> PostMessageAsync(string token, PostMessageRequest message, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(message.Channel, cancellationToken);
        return await CallAsync("chat.postMessage", token, () => JsonContent.Create(message, Json.PostMessageRequest), Json.PostMessageResponse, cancellationToken);
    }

    public Task<PostMessageResponse> UpdateMessageAsync(string token, UpdateMessageRequest update, CancellationToken cancellationToken) =>
        CallAsync("chat.update", token, () => JsonContent.Create(update, Json.UpdateMessageRequest), Json.PostMessageResponse, cancellationToken);

    public async Task PostEphemeralAsync(string token, PostEphemeralRequest message, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(message.Channel, cancellationToken);
        await CallAsync("chat.postEphemeral", token, () => JsonContent.Create(message, Json.PostEphemeralRequest), Json.SlackApiResponse, cancellationToken);
    }

    /// <summary>The id (D…) of the bot's direct-message conversation with the user.</summary>
    public async Task<string> OpenDirectMessageAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var opened = await CallAsync("conversations.open", token,
            () => JsonContent.Create(new OpenConversationRequest(userId), Json.OpenConversationRequest), Json.OpenConversationResponse, cancellationToken);
        return opened.Channel?.Id ?? throw new SlackApiException("conversations.open", "no_channel_in_response");
    }

    public Task<AuthTestResponse> AuthTestAsync(string token, CancellationToken cancellationToken) =>
        CallAsync("auth.test", token, () => Form([]), Json.AuthTestResponse, cancellationToken);

    public async Task<SlackUser> GetUserAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var info = await CallAsync("users.info", token, () => Form([new("user", userId)]), Json.UsersInfoResponse, cancellationToken);
        return info.User ?? throw new SlackApiException("users.info", "no_user_in_response");
    }

    /// <summary>A fresh WebSocket URL for Socket Mode; needs the app-level token.</summary>
    public async Task<Uri> OpenSocketModeConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        var opened = await CallAsync("apps.connections.open", appToken, () => Form([]), Json.ConnectionsOpenResponse, cancellationToken);
        return Uri.TryCreate(opened.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url_in_response");
    }

    /// <summary>Exchanges an install's code for the workspace's bot token; authenticated by the client id and secret.</summary>
    public Task<OAuthAccessResponse> ExchangeInstallCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken) =>
        CallAsync("oauth.v2.access", token: null, () => Form([
            new("client_id", options.ClientId ?? ""),
            new("client_secret", options.ClientSecret ?? ""),
            new("code", code),
            new("redirect_uri", redirectUri.ToString()),
        ]), Json.OAuthAccessResponse, cancellationToken);

    private async Task<T> CallAsync<T>(string method, string? token, Func<HttpContent> content, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
        where T : ISlackApiResponse
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
            if (token is not null)
                request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter(response);
                if (attempt >= options.MaxRateLimitedAttempts)
                    throw new SlackApiException(method, "ratelimited", wait);
                log.RateLimited(method, wait);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            var body = await response.Content.ReadFromJsonAsync(answer, cancellationToken)
                ?? throw new SlackApiException(method, "empty_response");
            return body.Ok ? body : throw new SlackApiException(method, body.Error ?? "unknown_error");
        }
    }

    /// <summary>
    /// The wait Slack asks for, read against the injected clock; a date already past (clock skew) means now, and
    /// no wait is longer than <see cref="MaxRetryAfter"/>.
    /// </summary>
    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => TimeSpan.FromSeconds(1),
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    private static FormUrlEncodedContent Form(IEnumerable<KeyValuePair<string, string>> fields) => new(fields);
}
