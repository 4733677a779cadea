using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>The engine's view of a case: what is likely wrong, what to try, and what to ask next.</summary>
/// <param name="NextQuestion">The most informative question, or null once asking should stop.</param>
/// <param name="StopReason">Why no question is asked (one of <see cref="StopReasons"/>); null when one is.</param>
public sealed record CaseDiagnosis(
    HostContext Context,
    IReadOnlyList<RankedCause> Causes,
    IReadOnlyList<RankedFix> Fixes,
    Question? NextQuestion,
    string? StopReason);

/// <summary>A cause with its probability given the evidence, and a one-line reason built from the knowledge.</summary>
public sealed record RankedCause(Cause Cause, double Probability, string Reason);

/// <summary>A fix, the cause it mainly addresses, and the chance it resolves the case.</summary>
public sealed record RankedFix(Fix Fix, Cause Cause, double Likelihood, string Reason);

public static class StopReasons
{
    public const string CauseLeads = "one cause clearly leads";
    public const string BudgetSpent = "question budget spent";
    public const string NothingHelps = "no question would help";
}
