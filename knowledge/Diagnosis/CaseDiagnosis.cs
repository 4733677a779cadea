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
/// <remarks>
/// The reason is worked out when first read, from what ranked the cause; what that takes is kept in fields rather
/// than a closure, since every diagnosis ranks every cause and few reasons are ever read.
/// </remarks>
public sealed class RankedCause
{
    private readonly CauseReasons _reasons;
    private readonly bool _isTop;
    private readonly CaseState _state;
    private string? _reason;

    internal RankedCause(Cause cause, double probability, CauseReasons reasons, bool isTop, CaseState state)
    {
        Cause = cause;
        Probability = probability;
        _reasons = reasons;
        _isTop = isTop;
        _state = state;
    }

    public Cause Cause { get; }

    public double Probability { get; }

    public string Reason => _reason ??= _reasons.For(Cause, _isTop, _state);
}

/// <summary>A fix, the cause it mainly addresses, the chance it resolves the case, and why it comes where it does.</summary>
public sealed class RankedFix
{
    private readonly FixRanker.Candidate _candidate;
    private readonly int _position;
    private readonly IReadOnlyList<RankedCause> _causes;
    private readonly Fix? _overtaken;
    private string? _reason;

    internal RankedFix(FixRanker.Candidate candidate, int position, IReadOnlyList<RankedCause> causes, Fix? overtaken)
    {
        _candidate = candidate;
        _position = position;
        _causes = causes;
        _overtaken = overtaken;
    }

    public Fix Fix => _candidate.Fix;

    public Cause Cause => _candidate.Cause;

    public double Likelihood => _candidate.Likelihood;

    public string Reason => _reason ??= FixReasons.For(_candidate, _position, _causes, _overtaken);
}

public static class StopReasons
{
    public const string CauseLeads = "one cause clearly leads";
    public const string BudgetSpent = "question budget spent";
    public const string NothingHelps = "no question would help";
}
