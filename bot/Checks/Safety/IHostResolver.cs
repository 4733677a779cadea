using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Looks a host name up; the policy calls it once per check and hands the probe the address it checked.</summary>
internal interface IHostResolver
{
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string name, CancellationToken cancellationToken);
}

/// <summary>The system resolver, with a time limit: a lookup that does not answer in time found nothing.</summary>
internal sealed class DnsHostResolver(TimeSpan? timeout = null) : IHostResolver
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(name, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}
