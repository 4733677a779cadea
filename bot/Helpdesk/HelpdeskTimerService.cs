using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>Runs the helpdesk's timers a few times per shortest wait, so a reminder or nudge is late by a quarter of it at most.</summary>
internal sealed class HelpdeskTimerService(
    HelpdeskTimers timers,
    IOptions<HelpdeskOptions> options,
    TimeProvider time,
    ILogger<HelpdeskTimerService> logger) : PeriodicBackgroundService(time, logger)
{
    public static TimeSpan IntervalFor(HelpdeskOptions options) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, Math.Min(options.RepingAfter.Ticks, options.RelayIdleAfter.Ticks) / 4));

    protected override TimeSpan Interval => IntervalFor(options.Value);

    protected override string Work => "Running the helpdesk timers";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => timers.RunOnceAsync(cancellationToken);
}
