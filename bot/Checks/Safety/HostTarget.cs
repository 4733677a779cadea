using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>A canonical check target: either a lower-case host name without trailing dot, or one IP address.</summary>
internal sealed record HostTarget
{
    private HostTarget(string? name, IPAddress? address)
    {
        Name = name;
        Address = address;
    }

    public string? Name { get; }

    public IPAddress? Address { get; }

    public string Display => Name ?? Address!.ToString();

    public static HostTarget ForName(string name) => new(name, null);

    public static HostTarget ForAddress(IPAddress address) => new(null, address);

    public override string ToString() => Display;
}
