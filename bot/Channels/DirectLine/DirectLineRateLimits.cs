using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// How fast Direct Line clients may post activities (per conversation) and start chat page conversations (per
/// client address): a burst of the setting's number, then that many per minute, evenly; past it 429 with
/// <c>Retry-After</c> in seconds and Direct Line's error body.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string ActivityPosts = "directline-activity-posts";
    public const string ConversationStarts = "directline-conversation-starts";

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, ActivityPostPolicy>(ActivityPosts);
            limiter.AddPolicy<string, ConversationStartPolicy>(ConversationStarts);
        });

    public static RateLimitPartition<string> PerMinute(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests",
            $"Too many requests; try again in {seconds} seconds.").ExecuteAsync(context.HttpContext);
    }
}

/// <summary>
/// Posts to a conversation, counted per conversation. Only a request its credential allows counts, so nobody
/// but the conversation's own clients can use up its posts; the endpoint refuses the others anyway.
/// </summary>
internal sealed class ActivityPostPolicy(DirectLineAuthorizer authorizer, IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (httpContext.GetRouteValue("conversationId") is not string conversationId
            || authorizer.Read(httpContext.Request).RefuseUnlessFor(conversationId) is not null)
            return RateLimitPartition.GetNoLimiter(string.Empty);
        return DirectLineRateLimits.PerMinute(conversationId, options.Value.ActivitiesPerMinute);
    }
}

/// <summary>
/// New conversations for the chat page, counted per client address (the proxy's, unless forwarded headers are
/// configured to name the client).
/// </summary>
internal sealed class ConversationStartPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        DirectLineRateLimits.PerMinute(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty, options.Value.ConversationsPerClientPerMinute);
}
