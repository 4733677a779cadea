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

        return await HttpDeliveryResults.GuardAsync(async token =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(outbox.Value.SendTimeout);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return HttpDeliveryResults.Classify(response, time);
        }, cancellationToken);
    }
}
