using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Writes audited host checks for <c>audit</c>: two or three lines per check, newest first.</summary>
internal static partial class AuditPrinter
{
    public static void WriteText(AuditFilter filter, IReadOnlyList<CheckAuditEntry> entries, TextWriter output)
    {
        var scope = $"since {Time(filter.Since)}{(filter.User is null ? "" : $" by {filter.User}")}{(filter.Host is null ? "" : $" of {filter.Host}")}";
        if (entries.Count == 0)
        {
            output.WriteLine($"No host checks {scope}.");
            return;
        }
        output.WriteLine($"Host checks {scope}: {entries.Count}");
        foreach (var entry in entries)
        {
            output.WriteLine();
            output.WriteLine($"{Time(entry.When)}  {entry.UserId}  \"{entry.Typed}\"{Target(entry)}");
            output.WriteLine($"  {Outcome(entry)}");
            foreach (var problem in entry.Problems)
                output.WriteLine($"  could not look: {problem}");
        }
    }

    public static void WriteJson(AuditFilter filter, IReadOnlyList<CheckAuditEntry> entries, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(
            new AuditJson(filter.Since, filter.User, filter.Host, [.. entries.Select(AuditCheckJson.From)]), AuditJsonContext.Default.AuditJson));

    /// <summary><c>HostNotOnList</c> as <c>host-not-on-list</c>.</summary>
    public static string RefusalName(HostCheckRefusal refusal) => WordStart().Replace(refusal.ToString(), "-$1").ToLowerInvariant();

    private static string Target(CheckAuditEntry entry)
    {
        if (entry.Host is null)
            return "";
        var addresses = entry.Addresses.Count == 0 ? "" : $" ({string.Join(", ", entry.Addresses)})";
        return $" -> {entry.Host}:{entry.Port}{addresses}";
    }

    private static string Outcome(CheckAuditEntry entry) => entry switch
    {
        { Allowed: false } => $"refused ({RefusalName(entry.Refusal)}): {entry.Reason}",
        { Findings: null } => "allowed; no findings were recorded (the check did not finish)",
        { Findings.Count: 0 } => "allowed; found nothing",
        _ => $"allowed; found {string.Join(", ", entry.Findings)}",
    };

    /// <summary>A time as the audit shows it: UTC to the second.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
