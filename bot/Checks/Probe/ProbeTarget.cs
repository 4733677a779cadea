using System.Net;
using System.Net.Sockets;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// The host and port to probe: <c>host</c>, <c>host:port</c>, <c>10.0.0.4</c>, <c>[2001:db8::1]:3390</c>, read the
/// one way every typed host is read (<see cref="HostTargetNormaliser"/>).
/// </summary>
internal sealed record ProbeTarget(string Host, int Port)
{
    public const int DefaultPort = HostTarget.DefaultPort;

    /// <summary>The host as an IP address when it is one (then no name is resolved).</summary>
    public IPAddress? Address => IPAddress.TryParse(Host, out var address) ? address : null;

    /// <summary>
    /// The address decided beforehand (by the safety policy, which resolved the name once): the probe connects
    /// there and never resolves <see cref="Host"/>, which still names the server in TLS and in the certificate check.
    /// </summary>
    public IPAddress? ConnectTo { get; init; }

    public static ProbeTarget Parse(string text)
    {
        return TryParse(text, out var target, out var problem) ? target : throw new FormatException(problem);
    }

    public static bool TryParse(string text, out ProbeTarget target, out string problem)
    {
        var parsed = HostTargetNormaliser.Normalise(text);
        target = parsed.Target is { } host ? new ProbeTarget(host.Display, host.Port) : new ProbeTarget("", DefaultPort);
        problem = parsed.Error ?? "";
        return parsed.IsValid;
    }

    /// <summary>The host the policy allowed, at the address it checked.</summary>
    public static ProbeTarget For(CheckedHost host) => new(host.Name, host.Port) { ConnectTo = host.Address };

    public override string ToString() =>
        Address?.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
