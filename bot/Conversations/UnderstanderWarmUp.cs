using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>
/// Builds the understander (and loads its sentence-embedding model) while the host starts, so the first user's
/// message does not wait for it.
/// </summary>
internal sealed class UnderstanderWarmUp(IUnderstander understander) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        understander.Understand("error 0x904 since this morning");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
