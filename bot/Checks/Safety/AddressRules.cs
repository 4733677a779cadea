using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// Classifies addresses a probe must not reach: the bot's own machine (loopback and the addresses of its own
/// interfaces), its link and cloud metadata services.
/// </summary>
internal static class AddressRules
{
    private static readonly IPAddress[] CloudMetadata =
    [
        IPAddress.Parse("169.254.169.254"),
        IPAddress.Parse("fd00:ec2::254"),
        IPAddress.Parse("100.100.100.200"),
    ];

    private static readonly (IPNetwork Network, ForbiddenAddress Reason)[] Ranges =
    [
        (IPNetwork.Parse("127.0.0.0/8"), ForbiddenAddress.Loopback),
        (IPNetwork.Parse("::1/128"), ForbiddenAddress.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), ForbiddenAddress.LinkLocal),
        (IPNetwork.Parse("fe80::/10"), ForbiddenAddress.LinkLocal),
        (IPNetwork.Parse("0.0.0.0/8"), ForbiddenAddress.Unspecified),
        (IPNetwork.Parse("::/128"), ForbiddenAddress.Unspecified),
        (IPNetwork.Parse("224.0.0.0/4"), ForbiddenAddress.Multicast),
        (IPNetwork.Parse("ff00::/8"), ForbiddenAddress.Multicast),
        (IPNetwork.Parse("255.255.255.255/32"), ForbiddenAddress.Broadcast),
    ];

    /// <param name="machine">The addresses of the bot's own interfaces (canonical).</param>
    public static ForbiddenAddress Classify(IPAddress address, IReadOnlyCollection<IPAddress> machine)
    {
        var canonical = HostTargetNormaliser.Canonical(address);
        if (CloudMetadata.Contains(canonical))
            return ForbiddenAddress.CloudMetadata;
        var reason = Ranges.FirstOrDefault(range => range.Network.Contains(canonical)).Reason;
        // Checked before AllowLinkLocal can apply: the bot's own link-local address is still the bot's own machine.
        return reason is ForbiddenAddress.None or ForbiddenAddress.LinkLocal && machine.Contains(canonical)
            ? ForbiddenAddress.OwnMachine
            : reason;
    }

    /// <summary>The forbidden reason that still applies after the configured exceptions, or None.</summary>
    public static ForbiddenAddress Refusal(IPAddress address, HostCheckOptions options, IReadOnlyCollection<IPAddress> machine) => Classify(address, machine) switch
    {
        ForbiddenAddress.Loopback or ForbiddenAddress.OwnMachine when options.AllowLoopback => ForbiddenAddress.None,
        ForbiddenAddress.LinkLocal when options.AllowLinkLocal => ForbiddenAddress.None,
        var reason => reason,
    };
}
