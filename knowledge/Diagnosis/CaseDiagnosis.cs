using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// The engine's view of a case: what is likely wrong, what to try, and what to ask next. The fix order, the
/// next question and every reason are worked out when first read, since most callers need only some of them.
/// </summary>
public sealed class CaseDiagnosis
{
    private readonly Lazy<IReadOnlyList<RankedFix>> _fixes;
    private readonly Lazy<(Question? Question, string? StopReason)> _next;

    internal CaseDiagnosis(
        HostContext context,
        IReadOnlyList<RankedCause> causes,
        Func<IReadOnlyList<RankedFix>> rankFixes,
        Func<(Question?, string?)> chooseNext)
    {
        Context = context;
        Causes = causes;
        _fixes = new(rankFixes, LazyThreadSafetyMode.PublicationOnly);
        _next = new(chooseNext, LazyThreadSafetyMode.PublicationOnly);
    }

    public HostContext Context { get; }

    /// <summary>Every cause, most likely first.</summary>
    public IReadOnlyList<RankedCause> Causes { get; }

    /// <summary>The fixes still worth trying, in the order to try them.</summary>
    public IReadOnlyList<RankedFix> Fixes => _fixes.Value;

    /// <summary>The most informative question, or null once asking should stop.</summary>
    public Question? NextQuestion => _next.Value.Question;

    /// <summary>Why no question is asked (one of <see cref="StopReasons"/>); null when one is.</summary>
    public string? StopReason => _next.Value.StopReason;
}

/// <summary>A cause with its probability given the evidence, and a one-line reason built from the knowledge.</summary>
public sealed class RankedCause(Cause cause, double probability, Func<string> explain)
{
    private string? _reason;

    public Cause Cause { get; } = cause;

    public double Probability { get; } = probability;

    public string Reason => _reason ??= explain();
}

/// <summary>A fix, the cause it mainly addresses, the chance it resolves the case, and why it comes where it does.</summary>
public sealed class RankedFix(Fix fix, Cause cause, double likelihood, Func<string> explain)
{
    private string? _reason;

    public Fix Fix { get; } = fix;

    public Cause Cause { get; } = cause;

    public double Likelihood { get; } = likelihood;

    public string Reason => _reason ??= explain();
}

public static class StopReasons
{
    public const string CauseLeads = "one cause clearly leads";
    public const string BudgetSpent = "question budget spent";
    public const string NothingHelps = "no question would help";
}
