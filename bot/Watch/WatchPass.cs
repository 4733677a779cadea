using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Watch;

/// <summary>What one pass did.</summary>
internal sealed record WatchPassResult(int Hosts, int Addresses, int Certificates, IReadOnlyList<string> QueuedRows, TimeSpan Elapsed, bool LeaseLost);

/// <summary>
/// One pass over every watched host, under the lease so that one instance runs it: each host goes through the
/// host-check policy (allow-list, ports, address rules, audit) which resolves it once, every address it resolves to
/// is probed for its certificate at bounded parallelism, and the judge's warnings of every host are queued in the outbox
/// together before the histories are kept, so a pass cut short finds and dedupes them again.
/// </summary>
internal sealed partial class WatchPass(
    IWatchStore store,
    WatchInventory inventory,
    HostCheckPolicy policy,
    ICheckAuditLog audit,
    CertificateProbe probe,
    WatchNotifier notifier,
    IOptions<WatchOptions> options,
    TimeProvider time,
    ILogger<WatchPass> logger)
{
    /// <summary>Who the audit names as asking for the watch's checks.</summary>
    public const string Requester = "certificate-watch";

    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Runs a pass; null when another instance holds the lease.</summary>
    public async Task<WatchPassResult?> RunAsync(CancellationToken cancellationToken)
    {
        var leaseDuration = options.Value.LeaseDuration;
        var lease = await store.TryAcquireLeaseAsync(_holder, time.GetUtcNow(), leaseDuration, cancellationToken);
        if (lease is null)
        {
            LogLeaseHeld(logger);
            return null;
        }
        var clock = Stopwatch.StartNew();
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var holder = new LeaseHolder(store, lease, leaseDuration, time, lost);
        var renewing = holder.KeepAsync();
        var counts = new Counts();
        var queued = new List<string>();
        try
        {
            var hosts = await inventory.ListAsync(lost.Token);
            var settings = options.Value;
            using var gate = new SemaphoreSlim(settings.Parallelism);
            var judged = new List<(WatchedHost Host, WatchJudgement Judgement)>();
            await Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = lost.Token },
                async (host, token) =>
                {
                    var judgement = await WatchHostAsync(host, gate, counts, token);
                    lock (judged)
                        judged.Add((host, judgement));
                });
            // All of the pass's warnings together, so one person's many warnings can go as one digest; the histories
            // are kept only after, so a pass cut short finds the same warnings again and their rows' ids dedupe them.
            queued.AddRange(await notifier.QueueAsync([.. judged.Select(j => new HostWarnings(j.Host, j.Judgement.Notifications))], lost.Token));
            foreach (var (host, judgement) in judged)
            {
                if (!await store.SaveHistoryAsync(host.Id, judgement.Next, holder.Current, lost.Token))
                {
                    holder.MarkLost();
                    lost.Token.ThrowIfCancellationRequested();
                }
            }
        }
        catch (OperationCanceledException) when (holder.Lost && !cancellationToken.IsCancellationRequested)
        {
            LogLeaseLost(logger);
        }
        finally
        {
            await lost.CancelAsync();
            await renewing;
            await store.ReleaseLeaseAsync(holder.Current, CancellationToken.None);
        }
        var result = new WatchPassResult(counts.Hosts, counts.Addresses, counts.Certificates, queued, clock.Elapsed, holder.Lost);
        LogPass(logger, result.Hosts, result.Addresses, result.Certificates, result.QueuedRows.Count, result.Elapsed.TotalSeconds);
        return result;
    }

    private async Task<WatchJudgement> WatchHostAsync(WatchedHost host, SemaphoreSlim gate, Counts counts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref counts.Hosts);
        var decision = await policy.AuthoriseScheduledAsync(Requester, Typed(host), cancellationToken);
        HostObservation observation;
        if (!decision.IsAllowed)
        {
            observation = new HostObservation(time.GetUtcNow(), [], decision.Message);
        }
        else
        {
            var name = decision.Target!.Display;
            var addresses = decision.Audit!.Addresses;
            Interlocked.Add(ref counts.Addresses, addresses.Count);
            var seen = await Task.WhenAll(addresses.Select(async address =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    return await probe.ReadAsync(name, IPAddress.Parse(address), host.Port, time.GetUtcNow(), cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));
            Interlocked.Add(ref counts.Certificates, seen.Count(a => a.Certificate is not null));
            observation = new HostObservation(time.GetUtcNow(), seen);
            await audit.RecordAsync(decision.Audit with { Findings = Findings(seen, observation.At), Problems = [.. seen.Select(a => a.Problem).OfType<string>()] }, cancellationToken);
        }
        var history = await store.GetHistoryAsync(host.Id, cancellationToken);
        var settings = options.Value;
        return WatchJudge.Judge(host, observation, history, settings.Thresholds, settings.UnreachableAfter);
    }

    /// <summary>The host as the policy reads it: <c>name:port</c>, an IPv6 address in brackets.</summary>
    internal static string Typed(WatchedHost host) =>
        IPAddress.TryParse(host.Host, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{host.Host}]:{host.Port}"
            : $"{host.Host}:{host.Port}";

    private static List<string> Findings(IEnumerable<AddressObservation> seen, DateTimeOffset now) =>
        [.. seen.Select(a => a.Certificate).OfType<CertificateObservation>()
            .Select(c => c.IsExpiredAt(now) ? ProbeFactIds.CertExpired : ProbeFactIds.CertValid).Distinct()];

    private sealed class Counts
    {
        public int Hosts;
        public int Addresses;
        public int Certificates;
    }

    /// <summary>Renews the lease while the pass runs and cancels the pass when it is lost.</summary>
    private sealed class LeaseHolder(IWatchStore store, WatchLease lease, TimeSpan duration, TimeProvider time, CancellationTokenSource pass)
    {
        public WatchLease Current { get; private set; } = lease;

        public bool Lost { get; private set; }

        public void MarkLost()
        {
            Lost = true;
            pass.Cancel();
        }

        public async Task KeepAsync()
        {
            try
            {
                while (!pass.IsCancellationRequested)
                {
                    await Task.Delay(duration / 3, time, pass.Token);
                    if (await store.RenewLeaseAsync(Current, time.GetUtcNow(), duration, pass.Token) is { } renewed)
                        Current = renewed;
                    else
                        MarkLost();
                }
            }
            catch (OperationCanceledException)
            {
                // The pass ended, or the lease was lost and the pass cancelled.
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Certificate watch: another instance holds the lease; this one skips the pass")]
    private static partial void LogLeaseHeld(ILogger logger);

    [LoggerMessage(2, LogLevel.Warning, "Certificate watch: the lease was lost mid-pass; the rest of the pass is left to its new holder")]
    private static partial void LogLeaseLost(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Certificate watch: {Hosts} hosts, {Addresses} addresses, {Certificates} certificates read, {Rows} outbox rows queued in {Seconds:0.0} s")]
    private static partial void LogPass(ILogger logger, int hosts, int addresses, int certificates, int rows, double seconds);
}
