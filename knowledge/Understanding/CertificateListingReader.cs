using System.Globalization;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Reads certificates the user pasted. Their expiry dates: PowerShell's <c>Get-ChildItem Cert:\…</c> as a list
/// (<c>NotAfter : 11/29/2026 3:12:44 PM</c>) or a table (a <c>NotAfter</c> column), certutil (<c>NotAfter: …</c>),
/// the certificate dialog's "Valid to" and openssl's "Not After". A date that reads differently in other
/// cultures (5/6/2026) counts only when every reading of it falls on the same side of today. And the thumbprint
/// the RDP listener is set to, against the thumbprints of a store's certificates.
/// </summary>
internal static partial class CertificateListingReader
{
    // A day either way: the listing's time zone is not known.
    private static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    private static readonly string[] ExpiryWords = ["NotAfter", "Not After", "Valid to", "Valid until", "Expir"];

    [GeneratedRegex(@"\b(?:NotAfter|Not After|Valid to|Valid until|Expires(?: on)?|Expiration(?: date)?|Expiry(?: date)?)[ \t]*[:=][ \t]*(?<date>[^\r\n]+?)[ \t]*$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ExpiryLine { get; }

    // A table's header with a NotAfter column, the dashes under it, and its rows up to a blank line.
    [GeneratedRegex(@"^(?<header>[^\r\n]*\bNotAfter\b[^\r\n]*)\r?\n[ \t]*-{3,}[- \t]*\r?\n(?<rows>(?:[^\r\n]*\S[^\r\n]*(?:\r?\n|$))+)",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Table { get; }

    /// <summary>
    /// True when the message lists at least one certificate's expiry date and every one of them has passed on
    /// <paramref name="today"/>.
    /// </summary>
    public static bool ShowsOnlyExpired(string text, DateTimeOffset today)
    {
        if (!ExpiryWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var found = false;
        foreach (var date in ExpiryDates(text))
        {
            if (SideOf(date, today.UtcDateTime) is not Side.Past)
            {
                return false;
            }
            found = true;
        }
        return found;
    }

    /// <summary>
    /// True when the message gives the listener's certificate thumbprint (<c>SSLCertificateSHA1Hash</c>, from
    /// <c>reg query</c>, WMI or CIM) and lists the thumbprints of certificates in a store, none of which is it.
    /// </summary>
    public static bool ShowsTheBoundCertificateMissing(string text)
    {
        if (!text.Contains("SSLCertificateSHA1Hash", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var bound = BoundThumbprint.Match(text);
        if (!bound.Success)
        {
            return false;
        }
        var listing = text.IndexOf("Thumbprint", StringComparison.OrdinalIgnoreCase);
        if (listing < 0)
        {
            return false;
        }
        var listed = Thumbprint.Matches(text, listing)
            .Where(m => m.Index != bound.Groups["hash"].Index)
            .Select(m => m.Value)
            .ToList();
        return listed.Count > 0 && !listed.Contains(bound.Groups["hash"].Value, StringComparer.OrdinalIgnoreCase);
    }

    // The first thumbprint within a few lines after the setting's name: "SSLCertificateSHA1Hash REG_BINARY 5E1A…",
    // "SSLCertificateSHA1Hash : 5E1A…", or a table's header, dashes and value.
    [GeneratedRegex(@"\bSSLCertificateSHA1Hash\b[^0-9a-f]{0,200}?(?<![0-9a-f])(?<hash>[0-9a-f]{40})(?![0-9a-f])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex BoundThumbprint { get; }

    [GeneratedRegex(@"(?<![0-9a-z])[0-9a-f]{40}(?![0-9a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Thumbprint { get; }

    private static IEnumerable<string> ExpiryDates(string text)
    {
        foreach (Match line in ExpiryLine.Matches(text))
        {
            yield return line.Groups["date"].Value;
        }
        foreach (Match table in Table.Matches(text))
        {
            var header = table.Groups["header"].Value;
            var start = header.IndexOf("NotAfter", StringComparison.OrdinalIgnoreCase);
            var next = header.IndexOfAny([' ', '\t'], start);
            while (next >= 0 && next < header.Length && char.IsWhiteSpace(header[next]))
            {
                next++;
            }
            var end = next >= 0 && next < header.Length ? next : int.MaxValue;
            foreach (var row in table.Groups["rows"].Value.Split('\n'))
            {
                if (row.Length > start)
                {
                    yield return row[start..Math.Min(row.Length, end)].Trim();
                }
            }
        }
    }

    private enum Side { Unknown, Past, Future }

    private static Side SideOf(string written, DateTime today)
    {
        var side = Side.Unknown;
        foreach (var date in Readings(written))
        {
            var reading = date < today - Margin ? Side.Past : date > today + Margin ? Side.Future : Side.Unknown;
            if (reading is Side.Unknown || (side is not Side.Unknown && side != reading))
            {
                return Side.Unknown;
            }
            side = reading;
        }
        return side;
    }

    // The bot runs without culture data, so each way of writing a date is spelled out; month names are English.
    private static readonly string[][] Spellings =
    [
        // Month first (en-US), as Windows writes dates in the US.
        ["M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy"],
        // Day first (en-GB and most of Europe).
        ["d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy h:mm:ss tt", "d/M/yyyy", "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy"],
        // Unambiguous: ISO, month names (the certificate dialog), openssl ("Nov  9 15:12:44 2026 GMT").
        ["yyyy-M-d H:mm:ss", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d'T'H:mm:ss'Z'", "yyyy-M-d H:mm", "yyyy-M-d",
         "MMMM d, yyyy h:mm:ss tt", "MMMM d, yyyy", "d MMMM yyyy H:mm:ss", "d MMMM yyyy", "MMM d H:mm:ss yyyy 'GMT'"],
    ];

    private static IEnumerable<DateTime> Readings(string written)
    {
        var value = WeekdayAndSpaces.Replace(written.Trim().TrimEnd('.', ',', ';'), " ").Trim();
        foreach (var spellings in Spellings)
        {
            if (DateTime.TryParseExact(value, spellings, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                yield return date;
            }
        }
    }

    // "Sunday, November 29, 2026": the weekday adds nothing; runs of spaces become one.
    [GeneratedRegex(@"^[a-z]+day,\s*|\s{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex WeekdayAndSpaces { get; }
}
