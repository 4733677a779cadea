using System.Globalization;
using System.Text.Json;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Writes the outcome report as plain text for people, or as JSON for scripts.</summary>
internal static class ReportPrinter
{
    public const string NoCases = "No cases recorded yet.";

    public static void WriteText(OutcomeReport report, KnowledgeBase knowledge, TextWriter output)
    {
        if (report.Cases == 0)
        {
            output.WriteLine(NoCases);
            return;
        }
        output.WriteLine($"Cases: {report.Cases}");
        output.WriteLine($"Resolved: {Percent(report.ResolutionRate)} ({Count(report.ResolutionRate, report.Cases)} of {report.Cases})");
        output.WriteLine($"Escalated: {Percent(report.EscalationRate)} ({Count(report.EscalationRate, report.Cases)} of {report.Cases})");
        output.WriteLine($"Median turns to a fix: {(report.MedianTurnsToFix is { } median ? Number(median) : "no fix yet")}");
        output.WriteLine();
        if (report.TopFixesByContext.Count == 0)
        {
            output.WriteLine("Fixes that resolved most: none yet.");
            return;
        }
        output.WriteLine("Fixes that resolved most:");
        foreach (var (context, tallies) in report.TopFixesByContext)
        {
            output.WriteLine($"  On {context.Describe()}:");
            foreach (var (tally, index) in tallies.Select((tally, index) => (tally, index)))
            {
                var title = TitleOf(tally.FixId, knowledge) ?? "a fix no longer in the knowledge";
                var cases = tally.Resolved == 1 ? "1 case" : $"{tally.Resolved} cases";
                output.WriteLine($"    {index + 1}. {title} ({tally.FixId}): {cases}");
            }
        }
    }

    public static void WriteJson(OutcomeReport report, HelpdeskReport? helpdesk, KnowledgeBase knowledge, TextWriter output)
    {
        var json = new ReportJson(
            report.Cases,
            Count(report.ResolutionRate, report.Cases),
            Count(report.EscalationRate, report.Cases),
            report.ResolutionRate,
            report.EscalationRate,
            report.MedianTurnsToFix,
            report.TopFixesByContext.ToDictionary(
                entry => entry.Key.Key(),
                entry => (IReadOnlyList<FixJson>)entry.Value
                    .Select(tally => new FixJson(tally.FixId, TitleOf(tally.FixId, knowledge), tally.Resolved))
                    .ToList()),
            helpdesk is { IsEmpty: false } ? helpdesk : null);
        output.WriteLine(JsonSerializer.Serialize(json, ReportJsonContext.Default.ReportJson));
    }

    private static string? TitleOf(string fixId, KnowledgeBase knowledge) =>
        knowledge.Fixes.TryGetValue(fixId, out var fix) ? fix.Title : null;

    // The report keeps rates; the counts behind them are whole numbers, so rounding recovers them exactly.
    private static int Count(double rate, int cases) => (int)Math.Round(rate * cases);

    private static string Percent(double rate) => Number(rate * 100) + "%";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
