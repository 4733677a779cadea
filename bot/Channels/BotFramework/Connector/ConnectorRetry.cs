using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Teams' advice for its rate limits: retry 429, 412, 502 and 504 with exponential backoff and random
/// jitter, and wait as long as Retry-After says when it says so. A call that failed without an answer is retried
/// only when it never reached the Connector (no connection): sending an activity is not idempotent, so one that
/// broke off or timed out may have arrived and is not sent again here.
/// </summary>
internal static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> Retried =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public static HttpRetryStrategyOptions Options(BotFrameworkOptions options) => new()
    {
        MaxRetryAttempts = options.ConnectorRetries,
        Delay = options.ConnectorRetryDelay,
        MaxDelay = TimeSpan.FromSeconds(30),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
    };

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? Retried.Contains(response.StatusCode)
            : outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
}
