using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

/// <summary>Builds evidence and runs the engine on the fixture knowledge.</summary>
internal static class Cases
{
    public static CaseEvidence With(params string[] facts) =>
        CaseEvidence.Empty.WithFacts(facts, FixtureKnowledge.Knowledge);

    public static DiagnosisEngine CreateSut(DiagnosisOptions? options = null, IPriorSource? priors = null) =>
        new(FixtureKnowledge.Knowledge, options, priors);

    public static double ProbabilityOf(this CaseDiagnosis diagnosis, string causeId) =>
        diagnosis.Causes.Single(ranked => ranked.Cause.Id == causeId).Probability;

    public static string TopCause(this CaseDiagnosis diagnosis) => diagnosis.Causes[0].Cause.Id;

    public static IReadOnlyList<string> FixIds(this CaseDiagnosis diagnosis) =>
        diagnosis.Fixes.Select(ranked => ranked.Fix.Id).ToList();
}
