using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Channels.Slack.Helpdesk;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.Verification;

namespace RdpHelpBot.Bot.Channels.Slack.Events;

/// <summary>
/// <c>POST /slack/events</c>: answers <c>url_verification</c> with its challenge, and acknowledges every
/// <c>event_callback</c> at once, queueing what the bot answers. Retries are acknowledged too (a retry may be
/// the only copy that arrived); the inbox drops the ones already received.
/// </summary>
internal sealed class SlackEventsEndpoint(SlackInbox inbox, SlackHelpdeskChannel helpdesk, SlackLog log)
{
    public async Task HandleAsync(HttpContext context)
    {
        var body = SlackSignatureFilter.Body(context);
        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, SlackJsonContext.Default.SlackEventEnvelope);
        }
        catch (JsonException e)
        {
            log.PayloadUnreadable(context.Request.Path, e.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (envelope is { Type: SlackEventEnvelope.UrlVerification, Challenge: { } challenge })
        {
            await context.Response.WriteAsJsonAsync(new UrlVerificationAnswer(challenge), SlackJsonContext.Default.UrlVerificationAnswer, cancellationToken: context.RequestAborted);
            return;
        }
        if (envelope is { Type: SlackEventEnvelope.EventCallback } && SlackInboundReader.FromEvent(envelope, helpdesk.Is) is { } inbound)
            await inbox.AcceptAsync(inbound, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
