using System.Globalization;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;

namespace RdpHelpBot.Bot.Cli;

/// <summary>What <c>report</c> adds about the helpdesk: how fast cases were claimed and resolved, the ratings, deflection and tickets.</summary>
internal sealed record HelpdeskReport(
    int Cases, int Escalated, double? MedianMinutesToClaim, double? MedianMinutesToResolution,
    int Ratings, double? AverageScore, int ThumbsUp, int ThumbsDown, int ResolvedWithoutAHuman, int Tickets)
{
    /// <summary>Whether any case reached the helpdesk or was rated; otherwise there is nothing to add.</summary>
    [JsonIgnore]
    public bool IsEmpty { get; private init; }

    public static async Task<HelpdeskReport> BuildAsync(
        IReadOnlyList<CaseOutcome> outcomes, ICaseStore cases, IRatingStore ratings, ITicketLog tickets, CancellationToken cancellationToken)
    {
        var handedOver = await cases.ListAsync(liveOnly: false, int.MaxValue, cancellationToken);
        var rated = (await ratings.ListAsync(cancellationToken)).Where(rating => rating.Rated is not null).ToList();
        var ticketCount = 0;
        foreach (var kept in handedOver)
            ticketCount += (await tickets.ForCaseAsync(kept.CaseId, cancellationToken)).Count;
        var scores = rated.Select(rating => rating.Score).OfType<int>().ToList();
        return new HelpdeskReport(
            outcomes.Count,
            outcomes.Count(outcome => outcome.Ending == CaseEnding.Escalated),
            Median([.. handedOver.Where(kept => kept.Claimed is not null).Select(kept => (kept.Claimed!.Value - kept.Escalated).TotalMinutes)]),
            Median([.. handedOver.Where(kept => kept.State == CaseState.Resolved && kept.Ended is not null).Select(kept => (kept.Ended!.Value - kept.Escalated).TotalMinutes)]),
            rated.Count,
            scores.Count > 0 ? scores.Average() : null,
            rated.Count(rating => rating.ThumbsUp == true),
            rated.Count(rating => rating.ThumbsUp == false),
            outcomes.Count(outcome => outcome.Ending == CaseEnding.Resolved),
            ticketCount) { IsEmpty = handedOver.Count == 0 && rated.Count == 0 };
    }

    public void WriteText(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Helpdesk:");
        output.WriteLine($"  Escalation rate: {Rate(Escalated, Cases)}");
        output.WriteLine($"  Median time to claim: {Minutes(MedianMinutesToClaim)}");
        output.WriteLine($"  Median time to resolution: {Minutes(MedianMinutesToResolution)}");
        output.WriteLine($"  Ratings: {Ratings}{(AverageScore is { } average ? $", average {average.ToString("0.#", CultureInfo.InvariantCulture)} of 5" : "")}, 👍 {ThumbsUp}, 👎 {ThumbsDown}");
        output.WriteLine($"  Deflection (resolved without a human): {Rate(ResolvedWithoutAHuman, Cases)}");
        output.WriteLine($"  Tickets created: {Tickets}");
    }

    private static string Rate(int count, int of) =>
        of == 0 ? "no cases" : $"{(100.0 * count / of).ToString("0.#", CultureInfo.InvariantCulture)}% ({count} of {of})";

    private static string Minutes(double? minutes) => minutes is { } value ? $"{value.ToString("0.#", CultureInfo.InvariantCulture)} min" : "none yet";

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
            return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
