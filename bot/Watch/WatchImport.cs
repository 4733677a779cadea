using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace RdpHelpBot.Bot.Watch;

/// <summary>One host of an imported CSV file, with the owners of all its lines.</summary>
internal sealed record WatchImportLine(string Host, int? Port, IReadOnlyList<string> Owners);

/// <summary>
/// Reads <c>watch import</c>'s CSV (host,port,owner; RFC 4180 quoting; an optional header line) and checks each line
/// as <c>watch add</c> would; every problem names its line.
/// </summary>
internal static class WatchImport
{
    public static (IReadOnlyList<WatchImportLine> Lines, IReadOnlyList<string> Problems) Read(string path, WatchSubscriptions subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var lines = new Dictionary<string, WatchImportLine>(StringComparer.Ordinal);
        var problems = new List<string>();
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
        {
            var number = parser.LineNumber;
            string[] fields;
            try
            {
                fields = parser.ReadFields() ?? [];
            }
            catch (MalformedLineException e)
            {
                problems.Add($"line {e.LineNumber}: it is not valid CSV.");
                continue;
            }
            if (fields.Length == 0 || fields.All(string.IsNullOrEmpty) || (number == 1 && string.Equals(fields[0], "host", StringComparison.OrdinalIgnoreCase)))
                continue;
            if (fields.Length > 3)
            {
                problems.Add($"line {number}: expected host,port,owner, found {fields.Length} fields.");
                continue;
            }
            int? port = null;
            if (fields.Length > 1 && fields[1].Length > 0)
            {
                if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 65535)
                {
                    problems.Add($"line {number}: '{fields[1]}' is not a port (1 to 65535).");
                    continue;
                }
                port = value;
            }
            string[] owners = fields.Length > 2 && fields[2].Length > 0 ? [fields[2]] : [];
            var check = subscriptions.Check(fields[0], port, owners);
            if (check.Problem is not null)
            {
                problems.Add($"line {number}: {check.Problem}");
                continue;
            }
            var id = WatchedHost.IdOf(check.Host!, check.Port);
            lines[id] = lines.TryGetValue(id, out var earlier)
                ? earlier with { Owners = [.. earlier.Owners.Union(owners, StringComparer.Ordinal)] }
                : new WatchImportLine(check.Host!, check.Port, owners);
        }
        return ([.. lines.Values], problems);
    }
}
