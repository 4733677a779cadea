using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3, relative to an activity's serviceUrl: reply, send, update, delete and create
/// conversation. Each call goes only to a trusted serviceUrl, carries the bot's token (none in local mode),
/// escapes the ids, waits its turn within Teams' per-conversation limits and is retried on 429, 412, 502 and
/// 504 by the HTTP client's resilience pipeline (see <see cref="ConnectorRetry"/>).
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trusted, [FromKeyedServices(ConnectorClient.Pacer)] KeyedPacer pacer)
{
    /// <summary>The key of the pacer that keeps sends to one Teams conversation within Teams' limits.</summary>
    public const string Pacer = "Teams";

    /// <summary>Teams' per-bot, per-thread limits: 7 sends in 1 s, 8 in 2 s, 60 in 30 s.</summary>
    public static readonly PaceLimit[] TeamsLimits =
        [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30))];

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>As the SDK: a reply when the activity replies to one, otherwise a new message in the conversation.</summary>
    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Address(activity);
        return activity.ReplyToId is { Length: > 0 } replyToId
            ? ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken)
            : SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public Task<ResourceResponse?> ReplyToActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, conversationId, $"{ConversationPath(conversationId)}/activities/{Escape(activityId)}",
            activity, cancellationToken);

    public Task<ResourceResponse?> SendToConversationAsync(
        Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, conversationId, $"{ConversationPath(conversationId)}/activities", activity, cancellationToken);

    /// <summary>Replaces the activity <paramref name="activityId"/> in place, for everyone in the conversation (the SDK's UpdateActivity).</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Put, serviceUrl, conversationId, $"{ConversationPath(conversationId)}/activities/{Escape(activityId)}",
            activity with { Id = activityId }, cancellationToken);

    /// <summary>A member of a conversation or team, with the AAD object id Teams knows them by (<c>GET v3/conversations/{id}/members/{memberId}</c>).</summary>
    public async Task<ChannelAccount?> GetMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Get, serviceUrl, $"{ConversationPath(conversationId)}/members/{Escape(memberId)}", cancellationToken);
        return await ReadAsync(request, BotFrameworkJsonContext.Default.ChannelAccount, cancellationToken);
    }

    /// <summary>A team's channels (Teams: <c>GET v3/teams/{teamId}/conversations</c>); the General channel has no name.</summary>
    public async Task<IReadOnlyList<TeamsIdentifier>> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", cancellationToken);
        return (await ReadAsync(request, BotFrameworkJsonContext.Default.ConversationList, cancellationToken))?.Conversations ?? [];
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Delete, serviceUrl, $"{ConversationPath(conversationId)}/activities/{Escape(activityId)}", cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(request, response, cancellationToken);
    }

    /// <summary>Starts a conversation (a proactive message); Teams needs the tenant in channelData or tenantId.</summary>
    public async Task<ConversationResourceResponse?> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Post, serviceUrl, "v3/conversations", cancellationToken);
        request.Content = Body(parameters, BotFrameworkJsonContext.Default.ConversationParameters);
        return await ReadAsync(request, BotFrameworkJsonContext.Default.ConversationResourceResponse, cancellationToken);
    }

    private async Task<ResourceResponse?> SendPacedAsync(
        HttpMethod method, Uri serviceUrl, string conversationId, string path, Activity activity, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(method, serviceUrl, path, cancellationToken);
        // Outgoing activities get their id from the channel; an updated one keeps its own.
        request.Content = Body(method == HttpMethod.Put ? activity : activity with { Id = null }, BotFrameworkJsonContext.Default.Activity);
        if (!string.Equals(activity.ChannelId, ActivityRenderingOptions.TeamsChannelId, StringComparison.OrdinalIgnoreCase))
            return await ReadAsync(request, BotFrameworkJsonContext.Default.ResourceResponse, cancellationToken);
        await pacer.WaitTurnAsync(conversationId, cancellationToken);
        return await ReadAsync(request, BotFrameworkJsonContext.Default.ResourceResponse, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, Uri serviceUrl, string path, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
            throw new UntrustedServiceUrlException(serviceUrl);
        var request = new HttpRequestMessage(method, new Uri(WithTrailingSlash(serviceUrl), path));
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<T?> ReadAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(request, response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
            return default;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return body.Length == 0 ? default : JsonSerializer.Deserialize(body, type);
    }

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, type)) { Headers = { ContentType = Json } };

    private static (Uri ServiceUrl, string ConversationId) Address(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            throw new ArgumentException("The activity has no absolute serviceUrl to send it to.", nameof(activity));
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        return (serviceUrl, conversationId);
    }

    /// <summary>Teams serviceUrls carry a path (/amer/, /teams/…) that the v3 paths go under.</summary>
    private static Uri WithTrailingSlash(Uri serviceUrl) =>
        serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    private static string ConversationPath(string conversationId) => $"v3/conversations/{Escape(conversationId)}";

    /// <summary>Teams thread ids hold <c>;messageid=</c>, <c>:</c> and <c>@</c>; they must stay one path segment.</summary>
    private static string Escape(string id) => Uri.EscapeDataString(id);
}
