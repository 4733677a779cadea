using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// A canonical check target: either a lower-case host name without trailing dot, or one IP address, and the port
/// when one was typed.
/// </summary>
internal sealed record HostTarget
{
    public const int DefaultPort = 3389;

    private HostTarget(string? name, IPAddress? address, int? port)
    {
        Name = name;
        Address = address;
        TypedPort = port;
    }

    public string? Name { get; }

    public IPAddress? Address { get; }

    /// <summary>The port as typed; null when none was.</summary>
    public int? TypedPort { get; }

    public int Port => TypedPort ?? DefaultPort;

    public string Display => Name ?? Address!.ToString();

    public static HostTarget ForName(string name, int? port = null) => new(name, null, port);

    public static HostTarget ForAddress(IPAddress address, int? port = null) => new(null, address, port);

    public override string ToString() => Display;
}
