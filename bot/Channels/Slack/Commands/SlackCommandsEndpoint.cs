using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.Verification;

namespace RdpHelpBot.Bot.Channels.Slack.Commands;

/// <summary>
/// <c>POST /slack/commands</c>: <c>/rdphelp [text]</c> is acknowledged at once with an empty body (nothing
/// shown to the user yet) and queued; the conversation then starts or goes on with the text as its message.
/// </summary>
internal sealed class SlackCommandsEndpoint(SlackInbox inbox)
{
    public async Task HandleAsync(HttpContext context)
    {
        var body = SlackSignatureFilter.Body(context);
        var form = ReadForm(body);
        // Slack's certificate check carries no command; it only needs a 200.
        if (form.GetValueOrDefault("ssl_check") != "1" && SlackInboundReader.FromCommand(SlashCommand.FromForm(form)) is { } inbound)
            await inbox.AcceptAsync(inbound, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public static Dictionary<string, string> ReadForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
}
