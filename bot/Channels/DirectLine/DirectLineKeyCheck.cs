namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Reads (or makes) the token signing key at start, so a key file that cannot be read stops the start, not a request.</summary>
internal sealed class DirectLineKeyCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<DirectLineSecret>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
