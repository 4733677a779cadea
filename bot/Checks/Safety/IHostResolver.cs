using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Looks a host name up; the policy calls it once per check and hands the probe the address it checked.</summary>
internal interface IHostResolver
{
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string name, CancellationToken cancellationToken);
}

internal sealed class DnsHostResolver : IHostResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string name, CancellationToken cancellationToken) =>
        await Dns.GetHostAddressesAsync(name, cancellationToken).ConfigureAwait(false);
}
