using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Outbox;
using StandardWebhooks;

namespace RdpHelpBot.Bot.Outbox.Webhooks;

/// <summary>
/// Posts a webhook row to its receiver, signed as Standard Webhooks has it, and classifies the answer. Every attempt
/// carries the row's <c>webhook-id</c>, so a receiver that already applied an ambiguous attempt can drop the resend.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> webhooks, IOptions<OutboxOptions> outbox, TimeProvider time)
    : IOutboxSender
{
    public const string HttpClientName = "webhooks";

    public string Kind => OutboxKinds.Webhook;

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (webhooks.Value.For(message.Destination)?.Secret is not { } secret)
            return new DeliveryResult(DeliveryOutcome.Permanent, "the receiver is no longer configured in Webhooks");
        var sentAt = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Destination)
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.IdempotencyKey);
        request.Headers.Add("webhook-timestamp", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(secret).Sign(message.IdempotencyKey, sentAt, message.Payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(outbox.Value.SendTimeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return Classify(response);
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

    private DeliveryResult Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var reason = $"HTTP {status}";
        return response.StatusCode switch
        {
            _ when response.IsSuccessStatusCode => DeliveryResult.Delivered,
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new DeliveryResult(DeliveryOutcome.Retryable, reason, RetryAfter(response)),
            _ when status >= 500 => new DeliveryResult(DeliveryOutcome.Ambiguous, reason, RetryAfter(response)),
            _ => new DeliveryResult(DeliveryOutcome.Permanent, reason),
        };
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
