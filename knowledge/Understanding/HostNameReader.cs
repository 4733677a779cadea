using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds the first host the user names: an IPv4 address or a DNS name, with an optional port
/// ("10.1.2.3:3390", "rdp01.contoso.com"), an IPv6 address, bracketed with an optional port or bare
/// ("[fd00::2]:3390", "fd00::2"), or a single-label name with a digit after a word such as "server" or
/// "connect to" ("server RDP01"). File names, error codes and version numbers are not hosts.
/// </summary>
internal static partial class HostNameReader
{
    private const string Port = @"(?::(?<port>\d{1,5}))?";
    private const string Octet = @"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)";

    [GeneratedRegex($@"(?<![\w.:-])(?<name>{Octet}(?:\.{Octet}){{3}}){Port}(?![\w-]|\.\d)", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Address { get; }

    // Hex groups and colons (an IPv4 tail and a zone id allowed), then IPAddress.TryParse decides: a clock time
    // such as 10:30:15 has the shape but is not an address. A bracketed address is kept with its brackets and port,
    // the form the checks' host parser reads a port of an IPv6 address in.
    private const string IPv6 = @"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[a-z0-9_-]+)?";

    [GeneratedRegex($@"(?<![\w.:-])\[(?<name>{IPv6})\]{Port}(?![\w@-]|[.:]\w)", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex BracketedIPv6 { get; }

    [GeneratedRegex($@"(?<![\w.:\[\]-])(?<name>{IPv6})(?![\w@:\]%-]|\.\w)", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex BareIPv6 { get; }

    [GeneratedRegex(
        $@"(?<![\w.@-])(?<name>(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?<tld>[a-z][a-z0-9-]{{0,22}}[a-z])){Port}(?![\w@-]|\.\w)",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DnsName { get; }

    [GeneratedRegex(
        @"\b(?:server|host|hostname|machine|vm|pc|computer|box|check|test|ping|probe|watch|monitor|named|called"
        + @"|(?:connect(?:ing|ed)?|rdp(?:ing)?|log(?:ging)?\s?(?:in|on)|remote)\s+(?:in)?to)"
        + @"\s*:?\s+(?:(?:the|my|our|server|host|machine|vm|pc|computer)\s+){0,2}"
        + $@"(?<name>[a-z][a-z0-9-]{{1,62}}){Port}(?![\w@.-])",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SingleLabel { get; }

    [GeneratedRegex(@"\b(?:version|ver|v|build|release)\s*$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex VersionWord { get; }

    [GeneratedRegex(
        @"^(?:kb\d+|win\d+|windows-?\d+|ws20\d\d|server-?\d+|tls\d*|x64|x86|arm64|ipv[46]|sha\d+|rsa\d+|0x[0-9a-f]+)$",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex NotAHostLabel { get; }

    // Names that end like a file are files: "mstsc.exe", "certlm.msc", "default.rdp".
    private static readonly HashSet<string> FileExtensions = new(
        ["exe", "msc", "msi", "dll", "sys", "ps1", "psm1", "bat", "cmd", "txt", "log", "rdp", "cer", "crt", "pfx", "pem",
         "key", "reg", "cpl", "zip", "json", "xml", "yaml", "yml", "ini", "cfg", "conf", "html", "htm", "pdf", "png",
         "jpg", "jpeg", "gif", "docx", "doc", "xlsx", "csv", "vbs", "evtx", "md", "js", "ts", "cs", "py", "sh", "tmp"],
        StringComparer.Ordinal);

    /// <summary>The first host named in the message, as the user wrote it, or null.</summary>
    public static string? Read(string original, string normalised)
    {
        var found = Address.MatchesOf(normalised).Where(m => IsPlausible(m, normalised))
            .Concat(DnsName.MatchesOf(normalised).Where(m => !FileExtensions.Contains(m.Groups["tld"].Value) && IsPlausible(m, normalised)))
            .Concat(SingleLabel.MatchesOf(normalised).Where(IsLabelWithDigit))
            .Concat(BareIPv6.MatchesOf(normalised).Where(IsIPv6Address))
            .Select(m => (Start: m.Groups["name"].Index, End: End(m)))
            .Concat(BracketedIPv6.MatchesOf(normalised).Where(m => IsIPv6Address(m) && PortIsValid(m)).Select(m => (Start: m.Index, End: End(m))))
            .OrderBy(h => h.Start)
            .ThenByDescending(h => h.End) // "check fd00::2" is the address, not the single label "fd00"
            .FirstOrDefault();
        return found.End == 0 ? null : original[found.Start..found.End];
    }

    /// <summary>Where the host ends: after its port when it has one, else after its name (or its closing bracket).</summary>
    private static int End(Match match)
    {
        var port = match.Groups["port"];
        return port.Success ? port.Index + port.Length : match.Index + match.Length;
    }

    private static bool IsIPv6Address(Match match)
    {
        var text = match.Groups["name"].Value;
        var zone = text.IndexOf('%', StringComparison.Ordinal);
        return IPAddress.TryParse(zone < 0 ? text : text[..zone], out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool IsPlausible(Match match, string text) =>
        !VersionWord.HasMatchIn(TextWindow.Before(text, match.Index)) && PortIsValid(match);

    private static bool IsLabelWithDigit(Match match)
    {
        var label = match.Groups["name"].Value;
        return label.Any(char.IsAsciiDigit) && !NotAHostLabel.HasMatchIn(label) && PortIsValid(match);
    }

    private static bool PortIsValid(Match match) =>
        !match.Groups["port"].Success || int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 65535;
}
