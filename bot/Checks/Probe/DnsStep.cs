using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Resolves the host's A and AAAA records; an IP address, or an address decided beforehand, is taken as it is.</summary>
internal sealed class DnsStep(ProbeOptions options, TimeProvider time)
{
    public async Task<DnsResult> ResolveAsync(ProbeTarget target, CancellationToken cancellationToken)
    {
        if (target.ConnectTo is { } decided)
        {
            return new DnsResult(DnsStatus.Decided, [decided.ToString()], 0);
        }
        if (target.Address is { } literal)
        {
            return new DnsResult(DnsStatus.NotNeeded, [literal.ToString()], 0);
        }
        var start = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DnsTimeout);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(target.Host, timeout.Token);
            var usable = addresses
                .Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                .Select(a => a.ToString())
                .ToList();
            return usable.Count == 0
                ? new DnsResult(DnsStatus.Failed, [], Elapsed(start), $"{target.Host} has no A or AAAA record")
                : new DnsResult(DnsStatus.Resolved, usable, Elapsed(start));
        }
        catch (SocketException e)
        {
            return new DnsResult(DnsStatus.Failed, [], Elapsed(start), $"{e.Message} ({e.SocketErrorCode})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DnsResult(DnsStatus.TimedOut, [], Elapsed(start), $"no answer within {options.DnsTimeout.TotalSeconds:0.###} s");
        }
    }

    private long Elapsed(long start) => (long)time.GetElapsedTime(start).TotalMilliseconds;
}
