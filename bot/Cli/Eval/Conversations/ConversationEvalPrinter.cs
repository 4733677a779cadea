using System.Globalization;

namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>Prints the conversation evaluation's figures, then each story that missed, with what it was shown.</summary>
internal static class ConversationEvalPrinter
{
    public static async Task PrintAsync(ConversationEvalSummary summary, TextWriter output)
    {
        var total = summary.Results.Count;
        var median = summary.MedianMessagesToRightFix is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) : "n/a";
        var tooMany = summary.OverTooManyFixes;
        await output.WriteLineAsync(Invariant($"Conversations: {total} stories"));
        await output.WriteLineAsync(Invariant(
            $"right fix within {ConversationEvalSummary.FixesBeforeLate} fixes: {summary.RightFixWithinThree}/{total} ({Percent(summary.RightFixWithinThree, total)})"));
        await output.WriteLineAsync(Invariant(
            $"median user messages to the right fix: {median} ({summary.NeverReachedRightFix} stories never reached it)"));
        await output.WriteLineAsync(Invariant(
            $"more than {ConversationEvalSummary.TooManyFixes} fixes: {tooMany.Count} (without a human offered: {tooMany.Count(result => !result.HumanOffered)})"));
        var misses = summary.Results.Where(result => !result.RightFixWithin(ConversationEvalSummary.FixesBeforeLate)).ToList();
        if (misses.Count == 0)
            return;
        await output.WriteLineAsync("Stories without the right fix among the first three:");
        foreach (var miss in misses)
        {
            var reached = miss.RightFixPlace is { } place
                ? Invariant($"right fix at place {place} after {miss.MessagesToRightFix} messages")
                : "right fix never shown";
            var first = miss.FixesShown.Count == 0 ? "no fix shown" : "first fixes: " + string.Join(", ", miss.FixesShown.Take(4));
            await output.WriteLineAsync(Invariant($"  {miss.Story.Id} ({miss.Story.Cause}): {reached}; {first}"));
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
