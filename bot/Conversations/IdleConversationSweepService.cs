using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>Sweeps idle conversations every <see cref="ConversationOptions.SweepInterval"/>.</summary>
internal sealed class IdleConversationSweepService(
    IdleConversationSweeper sweeper,
    IOptions<ConversationOptions> options,
    TimeProvider time,
    ILogger<IdleConversationSweepService> logger) : PeriodicBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override string Work => "Sweeping idle conversations";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweeper.SweepAsync(cancellationToken);
}
