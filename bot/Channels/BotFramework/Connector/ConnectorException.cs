using System.Net;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>The Connector refused a call (after the retries); the status says why, e.g. 403 when the app was removed.</summary>
internal sealed class ConnectorException(string message, HttpStatusCode status, TimeSpan? retryAfter = null)
    : HttpRequestException(message, null, status)
{
    /// <summary>How long the Connector asked to wait before the next call (its <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    private const int MaxBodyInMessage = 500;

    public static async Task ThrowIfFailedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > MaxBodyInMessage)
            body = body[..MaxBodyInMessage];
        throw new ConnectorException(
            $"The Connector answered {(int)response.StatusCode} to {request.Method} {request.RequestUri?.AbsolutePath}: {body}",
            response.StatusCode,
            // Teams and the Connector give Retry-After in seconds.
            response.Headers.RetryAfter?.Delta);
    }
}

/// <summary>An activity asked to be answered at a serviceUrl that is not on the trusted list; nothing was sent.</summary>
internal sealed class UntrustedServiceUrlException(Uri serviceUrl)
    : InvalidOperationException($"The serviceUrl host '{serviceUrl.Host}' is not trusted; add it to BotFramework:TrustedServiceUrlHosts if it is a Bot Connector.");
