using System.Net;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Whether a certificate names the host (RFC 6125): the subject alternative names when there are any, the common
/// name otherwise; a wildcard stands for exactly one whole left-most label and never for a public suffix alone.
/// </summary>
internal static class HostNameMatcher
{
    public static NameMatch Match(string host, IReadOnlyList<string> dnsNames, IReadOnlyList<IPAddress> ipAddresses, string? commonName)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            if (ipAddresses.Contains(address) || (ipAddresses.Count == 0 && commonName is not null && IPAddress.TryParse(commonName, out var named) && named.Equals(address)))
            {
                return NameMatch.Matches;
            }
            return ipAddresses.Count == 0 ? NameMatch.NotCheckedForAddress : NameMatch.Mismatch;
        }
        var names = dnsNames.Count > 0 ? dnsNames : commonName is null ? [] : [commonName];
        var normalised = Normalise(host);
        return names.Any(name => Matches(normalised, Normalise(name))) ? NameMatch.Matches : NameMatch.Mismatch;
    }

    private static bool Matches(string host, string pattern)
    {
        if (!pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            return string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
        }
        var suffix = pattern[1..];
        var firstDot = host.IndexOf('.', StringComparison.Ordinal);
        return suffix.Count(c => c == '.') >= 2
            && firstDot > 0
            && string.Equals(host[firstDot..], suffix, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalise(string name) => name.Trim().TrimEnd('.');
}
