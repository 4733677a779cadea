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
    public Task<WatchPassResult?> RunAsync(CancellationToken cancellationToken) => RunAsync(takeOver: false, cancellationToken);

    /// <summary>
    /// Runs a pass; null when another instance holds the lease. Taking over (<paramref name="takeOver"/>: the lease was
    /// found held before), the hosts probed within the shortest interval are left out: the holder that just ended or
    /// stopped did them, and the rest of its pass is what is left.
    /// </summary>
    public async Task<WatchPassResult?> RunAsync(bool takeOver, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = await store.TryAcquireLeaseAsync(_holder, time.GetUtcNow(), settings.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            LogLeaseHeld(logger);
            return null;
        }
        var clock = Stopwatch.StartNew();
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var holder = new LeaseHolder(store, lease, settings.LeaseDuration, time, lost);
        var renewing = holder.KeepAsync();
        var counts = new Counts();
        var queued = new List<string>();
        try
        {
            var hosts = await inventory.ListAsync(lost.Token);
            if (takeOver)
                hosts = await NotProbedSinceAsync(hosts, time.GetUtcNow() - (settings.Interval * 0.9), lost.Token);
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
            // All in one write, not one per host.
            var histories = new Dictionary<string, WatchHistory>(StringComparer.Ordinal);
            foreach (var (host, judgement) in judged)
                histories[host.Id] = judgement.Next;
            if (!await store.SaveHistoriesAsync(histories, holder.Current, lost.Token))
            {
                holder.MarkLost();
                lost.Token.ThrowIfCancellationRequested();
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

    private async Task<IReadOnlyList<WatchedHost>> NotProbedSinceAsync(IReadOnlyList<WatchedHost> hosts, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var left = new List<WatchedHost>();
        foreach (var host in hosts)
        {
            if ((await store.GetHistoryAsync(host.Id, cancellationToken)).LastProbe is not { } probed || probed < since)
                left.Add(host);
        }
        return left;
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
            var entry = decision.Audit!;
            var addresses = entry.Addresses;
            Interlocked.Add(ref counts.Addresses, addresses.Count);
            AddressObservation[]? seen = null;
            var at = default(DateTimeOffset);
            try
            {
                seen = await Task.WhenAll(addresses.Select(async address =>
                {
                    await gate.WaitAsync(cancellationToken);
                    try
                    {
                        return await probe.ReadAsync(name, IPAddress.Parse(address), host.Port, cancellationToken);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                at = time.GetUtcNow();
            }
            finally
            {
                // The policy left this allowed check's audit to the pass: one row, with what the probe found, or as it was
                // allowed when the probe was cut short; written even while the pass is being cancelled, since it connected.
                await audit.RecordAsync(seen is null ? entry : Audited(entry, seen, at), CancellationToken.None);
            }
            Interlocked.Add(ref counts.Certificates, seen.Count(a => a.Certificate is not null));
            observation = new HostObservation(at, seen);
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

    private static CheckAuditEntry Audited(CheckAuditEntry entry, AddressObservation[] seen, DateTimeOffset at) =>
        entry with { Findings = Findings(seen, at), Problems = [.. seen.Select(a => a.Problem).OfType<string>()] };

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
