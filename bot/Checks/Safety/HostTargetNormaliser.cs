using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// The one way a typed host is read — by the safety policy, the allow-list and the <c>probe</c> command alike:
/// <c>host</c>, <c>host:port</c>, an IPv4 address in any spelling the resolver would accept, an IPv6 address
/// (with a port only in brackets). Every spelling of an address becomes one canonical target.
/// </summary>
internal static class HostTargetNormaliser
{
    private const int MaxNameLength = 253;

    public static HostTargetParse Normalise(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
            return HostTargetParse.Invalid("Please give a host name or IP address.");
        if (text.StartsWith('[') || text.EndsWith(']'))
            return NormaliseBracketed(text);
        var colons = text.Count(c => c == ':');
        if (colons > 1)
            return NormaliseIPv6(text, text, port: null);
        if (colons == 0)
            return NormaliseHost(text, text, port: null);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return TryParsePort(text[(colon + 1)..], out var port, out var problem)
            ? NormaliseHost(text[..colon], text, port)
            : HostTargetParse.Invalid(problem);
    }

    /// <summary>The form addresses are compared in: IPv4-mapped IPv6 becomes IPv4, and zone ids are dropped.</summary>
    public static IPAddress Canonical(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0
            ? new IPAddress(address.GetAddressBytes())
            : address;
    }

    private static HostTargetParse NormaliseBracketed(string text)
    {
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (!text.StartsWith('[') || close < 2)
            return HostTargetParse.Invalid($"'{text}' has unbalanced brackets; write an IPv6 address as [2001:db8::1] or [2001:db8::1]:3389.");
        var rest = text[(close + 1)..];
        if (rest.Length == 0)
            return NormaliseIPv6(text[1..close], text, port: null);
        if (!rest.StartsWith(':'))
            return HostTargetParse.Invalid($"'{text}' has something after the brackets that is not a port.");
        return TryParsePort(rest[1..], out var port, out var problem)
            ? NormaliseIPv6(text[1..close], text, port)
            : HostTargetParse.Invalid(problem);
    }

    private static HostTargetParse NormaliseHost(string host, string typed, int? port)
    {
        var name = (host.EndsWith('.') ? host[..^1] : host).ToLowerInvariant();
        if (LegacyIPv4Parser.LooksNumeric(name))
        {
            return LegacyIPv4Parser.TryParse(name, out var address)
                ? HostTargetParse.Valid(HostTarget.ForAddress(address!, port))
                : HostTargetParse.Invalid($"'{typed}' looks like an IP address but is not a valid one.");
        }
        return NormaliseName(name, typed, port);
    }

    private static HostTargetParse NormaliseIPv6(string text, string typed, int? port)
    {
        if (text.Contains('%'))
            return HostTargetParse.Invalid($"'{typed}' has a zone id (%...); give the address without it.");
        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            return HostTargetParse.Invalid($"'{typed}' is not a valid IPv6 address; an IPv6 address with a port goes in brackets, like [2001:db8::1]:3389.");
        return HostTargetParse.Valid(HostTarget.ForAddress(Canonical(address), port));
    }

    private static HostTargetParse NormaliseName(string name, string typed, int? port)
    {
        if (name.Length > MaxNameLength)
            return HostTargetParse.Invalid($"'{typed}' is longer than the {MaxNameLength} characters a host name may have.");
        foreach (var label in name.Split('.'))
        {
            if (!IsValidLabel(label))
                return HostTargetParse.Invalid($"'{typed}' is not a valid host name (use letters, digits, hyphens and dots, e.g. rdp01.contoso.com).");
        }
        return HostTargetParse.Valid(HostTarget.ForName(name, port));
    }

    private static bool TryParsePort(string text, out int port, out string problem)
    {
        problem = $"'{text}' is not a port: use a number from 1 to 65535.";
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
    }

    private static bool IsValidLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
}
