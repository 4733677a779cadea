namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>Says at start-up whether Slack is on and how (HTTP, Socket Mode, OAuth install).</summary>
internal sealed class SlackStartupLog(SlackOptions options, SlackLog log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.Status(options.Describe());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
