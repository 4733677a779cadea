using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Cli;

/// <summary>The JSON form of <c>audit --json</c>: the checks that matched, newest first.</summary>
internal sealed record AuditJson(DateTimeOffset Since, string? User, string? Host, IReadOnlyList<AuditCheckJson> Checks);

/// <param name="Refusal">Why the check was refused (<c>host-not-on-list</c>, …); null when it was allowed.</param>
/// <param name="Findings">The fact ids it established; null when it was refused or did not finish.</param>
internal sealed record AuditCheckJson(
    string Id,
    DateTimeOffset When,
    string User,
    string Typed,
    string? Host,
    int? Port,
    IReadOnlyList<string> Addresses,
    bool Allowed,
    string? Refusal,
    string Reason,
    IReadOnlyList<string>? Findings,
    IReadOnlyList<string> Problems)
{
    public static AuditCheckJson From(CheckAuditEntry entry) => new(
        entry.Id, entry.When, entry.UserId, entry.Typed, entry.Host, entry.Port, entry.Addresses, entry.Allowed,
        entry.Allowed ? null : AuditPrinter.RefusalName(entry.Refusal), entry.Reason, entry.Findings, entry.Problems);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(AuditJson))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
