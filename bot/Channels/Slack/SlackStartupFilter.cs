namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>Puts the <c>/slack</c> branch in front of the host's own pipeline.</summary>
internal sealed class SlackStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(SlackRoutes.Prefix, slack => slack.Run(context => context.RequestServices.GetRequiredService<SlackRoutes>().HandleAsync(context)));
        next(app);
    };
}
