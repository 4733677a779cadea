using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.Verification;

namespace RdpHelpBot.Bot.Channels.Slack.Interactivity;

/// <summary>
/// <c>POST /slack/interactivity</c>: a click on a choice button is acknowledged at once (Slack spins until
/// then) and queued; the clicked message is then updated and the conversation goes on with the choice.
/// </summary>
internal sealed class SlackInteractivityEndpoint(SlackInbox inbox, SlackLog log)
{
    public async Task HandleAsync(HttpContext context)
    {
        var body = SlackSignatureFilter.Body(context);
        var payload = SlackCommandsEndpoint.ReadForm(body).GetValueOrDefault("payload");
        SlackInteraction? interaction;
        try
        {
            interaction = payload is null ? null : JsonSerializer.Deserialize(payload, SlackJsonContext.Default.SlackInteraction);
        }
        catch (JsonException e)
        {
            interaction = null;
            log.PayloadUnreadable(context.Request.Path, e.Message);
        }
        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (SlackInboundReader.FromInteraction(interaction) is { } inbound)
            await inbox.AcceptAsync(inbound, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
