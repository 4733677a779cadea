using System.Net;
using System.Net.NetworkInformation;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>The addresses of the bot's own network interfaces: a check of one reaches the bot's own machine.</summary>
internal interface IMachineAddresses
{
    /// <summary>The addresses now, in canonical form (they come and go with DHCP, VPNs and containers).</summary>
    IReadOnlyCollection<IPAddress> Current();
}

/// <summary>
/// The interfaces as the operating system lists them, read again for any check more than <see cref="Reuse"/> after the
/// last reading (interfaces change, but listing them reads several files per interface: a certificate-watch pass
/// checking hundreds of hosts a second read them hundreds of times a second).
/// </summary>
internal sealed class NetworkInterfaceAddresses(TimeProvider time) : IMachineAddresses
{
    internal static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);

    private Reading? _last;

    public IReadOnlyCollection<IPAddress> Current()
    {
        var now = time.GetTimestamp();
        if (_last is { } last && time.GetElapsedTime(last.At, now) < Reuse)
            return last.Addresses;
        IReadOnlyCollection<IPAddress> addresses =
        [
            .. NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
                .Select(unicast => HostTargetNormaliser.Canonical(unicast.Address))
                .Distinct(),
        ];
        _last = new Reading(now, addresses);
        return addresses;
    }

    private sealed record Reading(long At, IReadOnlyCollection<IPAddress> Addresses);
}
