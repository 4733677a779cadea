using System.Net;
using System.Net.NetworkInformation;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>The addresses of the bot's own network interfaces: a check of one reaches the bot's own machine.</summary>
internal interface IMachineAddresses
{
    /// <summary>The addresses now, in canonical form (they come and go with DHCP, VPNs and containers).</summary>
    IReadOnlyCollection<IPAddress> Current();
}

/// <summary>The interfaces as the operating system lists them, read at each check (checks are few; interfaces change).</summary>
internal sealed class NetworkInterfaceAddresses : IMachineAddresses
{
    public IReadOnlyCollection<IPAddress> Current() =>
    [
        .. NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => HostTargetNormaliser.Canonical(unicast.Address))
            .Distinct(),
    ];
}
