using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds the first host the user names: an IPv4 address or a DNS name, with an optional port
/// ("10.1.2.3:3390", "rdp01.contoso.com"), or a single-label name with a digit after a word such as
/// "server" or "connect to" ("server RDP01"). File names, error codes and version numbers are not hosts.
/// </summary>
internal static class HostNameReader
{
    private const string Port = @"(?::(?<port>\d{1,5}))?";
    private const string Octet = @"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)";

    private static readonly Regex Address = TextPatterns.Create(
        $@"(?<![\w.:-])(?<name>{Octet}(?:\.{Octet}){{3}}){Port}(?![\w-]|\.\d)");

    private static readonly Regex DnsName = TextPatterns.Create(
        $@"(?<![\w.@-])(?<name>(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?<tld>[a-z][a-z0-9-]{{0,22}}[a-z])){Port}(?![\w@-]|\.\w)");

    private static readonly Regex SingleLabel = TextPatterns.Create(
        @"\b(?:server|host|hostname|machine|vm|pc|computer|box|check|test|ping|probe|watch|monitor|named|called"
        + @"|(?:connect(?:ing|ed)?|rdp(?:ing)?|log(?:ging)?\s?(?:in|on)|remote)\s+(?:in)?to)"
        + @"\s*:?\s+(?:(?:the|my|our|server|host|machine|vm|pc|computer)\s+){0,2}"
        + $@"(?<name>[a-z][a-z0-9-]{{1,62}}){Port}(?![\w@.-])");

    private static readonly Regex VersionWord = TextPatterns.Create(@"\b(?:version|ver|v|build|release)\s*$");

    private static readonly Regex NotAHostLabel = TextPatterns.Create(
        @"^(?:kb\d+|win\d+|windows-?\d+|ws20\d\d|server-?\d+|tls\d*|x64|x86|arm64|ipv[46]|sha\d+|rsa\d+|0x[0-9a-f]+)$");

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
            .Select(m => (Name: m.Groups["name"], Port: m.Groups["port"]))
            .OrderBy(h => h.Name.Index)
            .FirstOrDefault();
        if (found.Name is null)
        {
            return null;
        }
        var end = found.Port.Success ? found.Port.Index + found.Port.Length : found.Name.Index + found.Name.Length;
        return original[found.Name.Index..end];
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
