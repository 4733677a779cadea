using System.Globalization;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Prints the report evaluation: the headline figures, then per file, per cause and the time per report.</summary>
internal static class EvalReportPrinter
{
    /// <summary>One report: its text, the facts read from it and the causes ranked first.</summary>
    public static void WriteOne(EvalOutcome outcome, TextWriter output)
    {
        output.WriteLine($"{outcome.Report.Id} ({outcome.Report.File}): true cause {outcome.Report.Cause}, ranked {outcome.Rank?.ToString(CultureInfo.InvariantCulture) ?? "nowhere"}");
        output.WriteLine(outcome.Report.Text);
        output.WriteLine($"Facts read: {(outcome.Facts.Count == 0 ? "none" : string.Join(", ", outcome.Facts))}");
        foreach (var (cause, probability) in outcome.Leading)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {probability,6:P1}  {cause}"));
        }
    }

    public static void Write(IReadOnlyList<EvalOutcome> outcomes, KnowledgeBase knowledge, string source, TextWriter output)
    {
        output.WriteLine($"Reports: {outcomes.Count} from {source}");
        output.WriteLine($"top-1 {Ratio(outcomes.Count(o => o.Top1), outcomes.Count)}");
        output.WriteLine($"top-3 {Ratio(outcomes.Count(o => o.Top3), outcomes.Count)}");

        output.WriteLine();
        output.WriteLine("Per file:");
        foreach (var file in outcomes.GroupBy(o => Path.GetFileName(o.Report.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {file.Key}: top-1 {Ratio(file.Count(o => o.Top1), file.Count())}, top-3 {Ratio(file.Count(o => o.Top3), file.Count())}");

        output.WriteLine();
        output.WriteLine("Misses per cause (top-1 misses/reports; ranked first instead):");
        var perCause = outcomes.GroupBy(o => o.Report.Cause)
            .Select(g => (Cause: g.Key, Total: g.Count(), Misses: g.Where(o => !o.Top1).ToList()))
            .Where(c => c.Misses.Count > 0)
            .OrderByDescending(c => (double)c.Misses.Count / c.Total).ThenBy(c => c.Cause, StringComparer.Ordinal);
        foreach (var (cause, total, misses) in perCause)
        {
            var instead = misses.GroupBy(o => o.First ?? "nothing").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ×{g.Count()}");
            var unknown = knowledge.Causes.ContainsKey(cause) ? "" : " (not in the knowledge)";
            output.WriteLine($"  {cause}: {misses.Count}/{total}{unknown}; {string.Join(", ", instead)}");
        }

        var times = outcomes.Select(o => o.Elapsed.TotalMilliseconds).Order().ToList();
        if (times.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Time per report: mean {times.Average():0.0} ms, median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
        }
    }

    private static string Ratio(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}/{total} ({(total == 0 ? 0 : 100.0 * count / total):0.0}%)");
}
