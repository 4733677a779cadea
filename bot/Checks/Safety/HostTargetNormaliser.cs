using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Turns what a user typed into one canonical target, so every spelling of an address is judged the same.</summary>
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
        if (text.Contains(':'))
            return NormaliseIPv6(text, typed!);
        var name = text.EndsWith('.') ? text[..^1] : text;
        name = name.ToLowerInvariant();
        if (LegacyIPv4Parser.LooksNumeric(name))
        {
            return LegacyIPv4Parser.TryParse(name, out var address)
                ? HostTargetParse.Valid(HostTarget.ForAddress(address!))
                : HostTargetParse.Invalid($"'{text}' looks like an IP address but is not a valid one.");
        }
        return NormaliseName(name, text);
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
        if (!(text.StartsWith('[') && text.EndsWith(']')) || text.Length < 3)
            return HostTargetParse.Invalid($"'{text}' has unbalanced brackets; write an IPv6 address as [2001:db8::1] or without brackets.");
        return NormaliseIPv6(text[1..^1], text);
    }

    private static HostTargetParse NormaliseIPv6(string text, string typed)
    {
        if (text.Contains('%'))
            return HostTargetParse.Invalid($"'{typed}' has a zone id (%...); give the address without it.");
        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            return HostTargetParse.Invalid($"'{typed}' is not a valid IPv6 address (give a host name without a port or scheme).");
        return HostTargetParse.Valid(HostTarget.ForAddress(Canonical(address)));
    }

    private static HostTargetParse NormaliseName(string name, string typed)
    {
        if (name.Length > MaxNameLength)
            return HostTargetParse.Invalid($"'{typed}' is longer than the {MaxNameLength} characters a host name may have.");
        foreach (var label in name.Split('.'))
        {
            if (!IsValidLabel(label))
                return HostTargetParse.Invalid($"'{typed}' is not a valid host name (use letters, digits, hyphens and dots, e.g. rdp01.contoso.com).");
        }
        return HostTargetParse.Valid(HostTarget.ForName(name));
    }

    private static bool IsValidLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
}
