using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>One allow-list entry: an exact name, a wildcard (<c>*.contoso.com</c>: any name below it) or an IP range.</summary>
internal sealed record HostPattern
{
    private HostPattern(string? name, string? suffix, IPNetwork? network)
    {
        Name = name;
        Suffix = suffix;
        Network = network;
    }

    public string? Name { get; }

    /// <summary>For a wildcard, the part after the star including its dot (<c>.contoso.com</c>).</summary>
    public string? Suffix { get; }

    public IPNetwork? Network { get; }

    public static bool TryParse(string? entry, out HostPattern? pattern, out string? error)
    {
        pattern = null;
        var text = entry?.Trim() ?? "";
        if (text.Contains('/'))
            return TryParseNetwork(text, out pattern, out error);
        if (text.StartsWith("*.", StringComparison.Ordinal))
            return TryParseWildcard(text, out pattern, out error);
        var parsed = HostTargetNormaliser.Normalise(text);
        error = parsed.Error is null ? null : $"'{entry}': {parsed.Error}";
        if (parsed.Target?.TypedPort is not null)
        {
            error = $"'{entry}' names a port; allow-list entries name hosts and ranges, and Checks:AllowedPorts names the ports.";
            return false;
        }
        if (parsed.Target is { } target)
        {
            pattern = target.Address is { } address
                ? new HostPattern(null, null, new IPNetwork(address, address.GetAddressBytes().Length * 8))
                : new HostPattern(target.Name, null, null);
        }
        return pattern is not null;
    }

    public bool MatchesName(string name) =>
        Name == name || (Suffix is not null && name.EndsWith(Suffix, StringComparison.Ordinal));

    public bool Contains(IPAddress address) => Network is { } network && network.Contains(address);

    private static bool TryParseNetwork(string text, out HostPattern? pattern, out string? error)
    {
        pattern = null;
        error = null;
        if (!IPNetwork.TryParse(text, out var network) || !IPAddress.Parse(text[..text.IndexOf('/')]).Equals(network.BaseAddress))
        {
            error = $"'{text}' is not a CIDR range (write it like 10.0.0.0/8, with no bits set after the prefix).";
            return false;
        }
        pattern = new HostPattern(null, null, network);
        return true;
    }

    private static bool TryParseWildcard(string text, out HostPattern? pattern, out string? error)
    {
        pattern = null;
        var parsed = HostTargetNormaliser.Normalise(text[2..]);
        if (parsed.Target is not { Name: { } domain, TypedPort: null } || !domain.Contains('.'))
        {
            error = $"'{text}' is not a usable wildcard: write it like *.contoso.com (at least two labels after the star).";
            return false;
        }
        error = null;
        pattern = new HostPattern(null, "." + domain, null);
        return true;
    }
}
