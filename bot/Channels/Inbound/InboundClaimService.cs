using Microsoft.Extensions.DependencyInjection.Extensions;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Channels.Inbound;

/// <summary>
/// Every third of <see cref="InboundClaims.Timeout"/>: renews this instance's claims on the items it has queued or is
/// running, so a long turn keeps its item (two renewals may fail in a row before another instance takes it), then
/// runs what another instance kept and stopped before answering, once its claim has run out.
/// </summary>
internal sealed partial class InboundClaimService(
    IInboundStore store, InboundClaims claims, IEnumerable<IInboundChannel> channels, TimeProvider time, ILogger<InboundClaimService> logger)
    : PeriodicBackgroundService(time, logger)
{
    protected override TimeSpan Interval => claims.Timeout / 3;

    protected override string Work => "Renewing this instance's claims on inbound items";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await store.RenewAsync(claims.Now(), cancellationToken);
        foreach (var channel in channels)
        {
            if (await channel.TakeOverAsync(cancellationToken) is var taken and > 0)
                LogTakenOver(taken, channel.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running {Count} inbound item(s) of {Channel} that another instance kept and stopped before answering")]
    private partial void LogTakenOver(int count, string channel);
}

internal static class InboundClaimServiceCollectionExtensions
{
    /// <summary>The claims of a channel's inbound items, and <paramref name="channel"/> among those taken over from a stopped instance.</summary>
    public static IServiceCollection AddInboundChannel<TChannel>(this IServiceCollection services)
        where TChannel : class, IInboundChannel
    {
        services.TryAddSingleton<InboundClaims>();
        services.TryAddSingleton<InboundRuns>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboundClaimService>());
        services.AddSingleton<IInboundChannel>(provider => provider.GetRequiredService<TChannel>());
        return services;
    }
}
