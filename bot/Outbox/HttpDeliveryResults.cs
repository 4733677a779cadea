using System.Net;

namespace RdpHelpBot.Bot.Outbox;

/// <summary>
/// How the outbox reads an HTTP peer's answer or silence, the same for every sender: not connected means not applied;
/// a timeout, a broken connection or a 500 may have been applied; 408, 429 and a gateway's 502/503/504 were not.
/// </summary>
internal static class HttpDeliveryResults
{
    /// <summary>
    /// Runs one delivery with <paramref name="timeout"/> for each request it makes (<see cref="TimedRequests"/>), and turns
    /// a timeout, a failed connection or a refused step (<see cref="StepFailedException"/>) into its result.
    /// </summary>
    public static async Task<DeliveryResult> GuardAsync(Func<CancellationToken, Task<DeliveryResult>> delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery(cancellationToken);
        }
        catch (StepFailedException failed)
        {
            return failed.Result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.Ambiguous, "no answer in time");
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Not connected: the receiver never saw the request.
            return new DeliveryResult(DeliveryOutcome.Retryable, $"could not connect ({exception.HttpRequestError})");
        }
        catch (HttpRequestException exception)
        {
            // The request may have reached the receiver before the connection broke.
            return new DeliveryResult(DeliveryOutcome.Ambiguous, $"connection failed ({exception.HttpRequestError})");
        }
    }

    /// <summary>What an answer means for the row; <paramref name="step"/> names the request in the reason when a delivery makes several.</summary>
    public static DeliveryResult Classify(HttpResponseMessage response, TimeProvider time, string? step = null)
    {
        var status = (int)response.StatusCode;
        var reason = step is null ? $"HTTP {status}" : $"{step}: HTTP {status}";
        return response.StatusCode switch
        {
            _ when response.IsSuccessStatusCode => DeliveryResult.Delivered,
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new DeliveryResult(DeliveryOutcome.Retryable, reason, RetryAfter(response, time)),
            _ when status >= 500 => new DeliveryResult(DeliveryOutcome.Ambiguous, reason, RetryAfter(response, time)),
            _ => new DeliveryResult(DeliveryOutcome.Permanent, reason),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}

/// <summary>One request of a delivery that makes several was refused or failed: the delivery ends with <see cref="Result"/>.</summary>
internal sealed class StepFailedException(DeliveryResult result, HttpStatusCode? status = null) : Exception(result.Reason)
{
    public DeliveryResult Result { get; } = result;

    /// <summary>The status the peer answered the step with, when it answered.</summary>
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>Sends a delivery's requests, each within the outbox's send timeout.</summary>
internal sealed class TimedRequests(HttpClient client, TimeSpan timeout, TimeProvider time)
{
    /// <summary>Sends <paramref name="request"/>; an answer other than 2xx ends the delivery (<see cref="StepFailedException"/>) with <paramref name="step"/> in its reason.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string step, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token);
        if (response.IsSuccessStatusCode)
            return response;
        var result = HttpDeliveryResults.Classify(response, time, step);
        var status = response.StatusCode;
        response.Dispose();
        throw new StepFailedException(result, status);
    }
}
