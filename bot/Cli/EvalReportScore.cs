using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Where the engine ranked a report's true cause when it read only the report's text.</summary>
/// <param name="Facts">The facts read from the report's text.</param>
/// <param name="Leading">The five causes ranked first, with their probabilities.</param>
internal sealed record EvalOutcome(
    EvalReport Report, int? Rank, string? First, TimeSpan Elapsed, IReadOnlyList<string> Facts, IReadOnlyList<(string Cause, double Probability)> Leading)
{
    public bool Top1 => Rank == 1;

    public bool Top3 => Rank <= 3;
}

/// <summary>Runs each report through the understander and the diagnosis engine, as a first message would be.</summary>
internal sealed class EvalReportScore(KnowledgeBase knowledge, IUnderstander understander, TimeProvider time)
{
    private readonly DiagnosisEngine engine = new(knowledge);

    public async Task<IReadOnlyList<EvalOutcome>> ScoreAsync(IEnumerable<EvalReport> reports, CancellationToken cancellationToken)
    {
        var outcomes = new List<EvalOutcome>();
        foreach (var report in reports)
            outcomes.Add(await ScoreAsync(report, cancellationToken));
        return outcomes;
    }

    // Each report is a conversation of its own, as a first message is.
    private async Task<EvalOutcome> ScoreAsync(EvalReport report, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var read = await understander.UnderstandAsync(new UnderstandingRequest(report.Text, $"eval-{report.Id}"), cancellationToken);
        var facts = read.Facts.Where(knowledge.Facts.ContainsKey).ToList();
        var causes = engine.Diagnose(CaseEvidence.Empty.WithReading(read, knowledge)).Causes;
        var elapsed = time.GetElapsedTime(started);
        var rank = causes.Select((c, i) => (c.Cause.Id, Rank: i + 1)).FirstOrDefault(c => c.Id == report.Cause).Rank;
        var leading = causes.Take(5).Select(c => (c.Cause.Id, c.Probability)).ToList();
        return new EvalOutcome(report, rank == 0 ? null : rank, causes.FirstOrDefault()?.Cause.Id, elapsed, facts, leading);
    }
}
