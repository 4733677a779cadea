using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Writes the helpdesk's audited actions for <c>audit --helpdesk</c>: one line per action, newest first.</summary>
internal static class HelpdeskAuditPrinter
{
    public static void WriteText(AuditFilter filter, string? caseId, IReadOnlyList<HelpdeskAuditEntry> entries, TextWriter output)
    {
        var scope = $"since {AuditPrinter.Time(filter.Since)}{(filter.User is null ? "" : $" by {filter.User}")}{(caseId is null ? "" : $" on case {caseId}")}";
        if (entries.Count == 0)
        {
            output.WriteLine($"No helpdesk actions {scope}.");
            return;
        }
        output.WriteLine($"Helpdesk actions {scope}: {entries.Count}");
        foreach (var entry in entries)
        {
            var who = entry.ActorName is null ? entry.ActorId : $"{entry.ActorName} ({entry.ActorId})";
            var outcome = entry.Allowed ? "" : " — refused";
            var detail = entry.Detail.Length == 0 ? "" : $": {entry.Detail}";
            output.WriteLine($"{AuditPrinter.Time(entry.When)}  case {entry.CaseId}  {who}  {entry.Action}{outcome}{detail}");
        }
    }

    public static void WriteJson(AuditFilter filter, string? caseId, IReadOnlyList<HelpdeskAuditEntry> entries, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(new HelpdeskAuditJson(filter.Since, filter.User, caseId, entries), HelpdeskAuditJsonContext.Default.HelpdeskAuditJson));
}

/// <summary>The JSON form of <c>audit --helpdesk --json</c>: the actions that matched, newest first.</summary>
internal sealed record HelpdeskAuditJson(DateTimeOffset Since, string? User, string? Case, IReadOnlyList<HelpdeskAuditEntry> Actions);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(HelpdeskAuditJson))]
internal sealed partial class HelpdeskAuditJsonContext : JsonSerializerContext;
