using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Where the engine ranked a report's true cause when it read only the report's text.</summary>
internal sealed record EvalOutcome(EvalReport Report, int? Rank, string? First, TimeSpan Elapsed)
{
    public bool Top1 => Rank == 1;

    public bool Top3 => Rank <= 3;
}

/// <summary>Runs each report through the understander and the diagnosis engine, as a first message would be.</summary>
internal sealed class EvalReportScore(KnowledgeBase knowledge, IUnderstander understander, TimeProvider time)
{
    private readonly DiagnosisEngine engine = new(knowledge);

    public IReadOnlyList<EvalOutcome> Score(IEnumerable<EvalReport> reports) => reports.Select(Score).ToList();

    private EvalOutcome Score(EvalReport report)
    {
        var started = time.GetTimestamp();
        var facts = understander.Understand(report.Text).Facts.Where(knowledge.Facts.ContainsKey);
        var causes = engine.Diagnose(CaseEvidence.Empty.WithFacts(facts, knowledge)).Causes;
        var elapsed = time.GetElapsedTime(started);
        var rank = causes.Select((c, i) => (c.Cause.Id, Rank: i + 1)).FirstOrDefault(c => c.Id == report.Cause).Rank;
        return new EvalOutcome(report, rank == 0 ? null : rank, causes.FirstOrDefault()?.Cause.Id, elapsed);
    }
}
