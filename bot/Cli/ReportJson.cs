using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// The JSON form of <c>report --json</c>; top fixes are keyed by context as the knowledge spells it; <see cref="Helpdesk"/> is
/// null when no case reached the helpdesk and none was rated.
/// </summary>
internal sealed record ReportJson(
    int Cases,
    int Resolved,
    int Escalated,
    double ResolutionRate,
    double EscalationRate,
    double? MedianTurnsToFix,
    IReadOnlyDictionary<string, IReadOnlyList<FixJson>> TopFixesByContext,
    HelpdeskReport? Helpdesk);

/// <param name="Title">The fix's title in the knowledge; null when the knowledge no longer has the fix.</param>
internal sealed record FixJson(string Fix, string? Title, int Resolved);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ReportJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
