using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;
using RdpHelpBot.Bot.Channels.Slack.OAuth;

namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>
/// Everything under <c>/slack</c>. The request routes exist only with a signing secret, the install routes
/// only with an OAuth client id and secret: without them the paths answer 404, never an open door.
/// </summary>
internal sealed class SlackRoutes(SlackOptions options, IServiceProvider services)
{
    public const string Prefix = "/slack";

    public Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        var isPost = HttpMethods.IsPost(context.Request.Method);
        var isGet = HttpMethods.IsGet(context.Request.Method);
        return path switch
        {
            "/events" when isPost && options.HttpEnabled => services.GetRequiredService<SlackEventsEndpoint>().HandleAsync(context),
            "/commands" when isPost && options.HttpEnabled => services.GetRequiredService<SlackCommandsEndpoint>().HandleAsync(context),
            "/interactivity" when isPost && options.HttpEnabled => services.GetRequiredService<SlackInteractivityEndpoint>().HandleAsync(context),
            "/install" when isGet && options.OAuthEnabled => services.GetRequiredService<SlackInstallEndpoints>().InstallAsync(context),
            "/oauth_redirect" when isGet && options.OAuthEnabled => services.GetRequiredService<SlackInstallEndpoints>().RedirectAsync(context),
            _ => NotFound(context),
        };
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
