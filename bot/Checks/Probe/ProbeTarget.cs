using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>The host and port to probe, as typed: <c>host</c>, <c>host:port</c>, <c>10.0.0.4</c>, <c>[2001:db8::1]:3390</c>.</summary>
internal sealed record ProbeTarget(string Host, int Port)
{
    public const int DefaultPort = 3389;

    /// <summary>The host as an IP address when it is one (then no name is resolved).</summary>
    public IPAddress? Address => IPAddress.TryParse(Host, out var address) ? address : null;

    public static ProbeTarget Parse(string text)
    {
        return TryParse(text, out var target, out var problem) ? target : throw new FormatException(problem);
    }

    public static bool TryParse(string text, out ProbeTarget target, out string problem)
    {
        target = new ProbeTarget("", DefaultPort);
        var trimmed = text.Trim();
        var (host, portText) = Split(trimmed);
        if (host is null)
        {
            problem = $"'{text}' is not a host: an IPv6 address with a port goes in brackets, like [2001:db8::1]:3389.";
            return false;
        }
        if (host.Length == 0 || host.Any(char.IsWhiteSpace))
        {
            problem = $"'{text}' is not a host name or address.";
            return false;
        }
        var port = DefaultPort;
        if (portText is not null && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            problem = $"'{portText}' is not a port: use a number from 1 to 65535.";
            return false;
        }
        if (trimmed.StartsWith('[') && !(IPAddress.TryParse(host, out var inBrackets) && inBrackets.AddressFamily == AddressFamily.InterNetworkV6))
        {
            problem = $"'{host}' in brackets is not an IPv6 address.";
            return false;
        }
        target = new ProbeTarget(host, port);
        problem = "";
        return true;
    }

    public override string ToString() =>
        Address?.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static (string? Host, string? Port) Split(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return (null, null);
            }
            var rest = text[(close + 1)..];
            return rest.Length == 0 ? (text[1..close], null)
                : rest.StartsWith(':') ? (text[1..close], rest[1..])
                : (null, null);
        }
        var colons = text.Count(c => c == ':');
        if (colons > 1)
        {
            // A bare IPv6 address has no port; anything else with several colons is ambiguous.
            return IPAddress.TryParse(text, out _) ? (text, null) : (null, null);
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text, null) : (text[..colon], text[(colon + 1)..]);
    }
}
