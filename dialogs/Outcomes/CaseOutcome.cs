using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Outcomes;

/// <summary>How one troubleshooting case ended and what was learned on the way.</summary>
public sealed record CaseOutcome
{
    public required string CaseId { get; init; }
    public required string ConversationId { get; init; }
    public required string Channel { get; init; }
    public HostContext Context { get; init; }
    public IReadOnlyList<string> Facts { get; init; } = [];
    public IReadOnlyList<string> QuestionsAsked { get; init; } = [];
    public IReadOnlyList<FixAttempt> Fixes { get; init; } = [];
    public CaseEnding Ending { get; init; }

    /// <summary>The fix that resolved the case, when it was resolved.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>The cause that fix addressed (the most likely one when the fix serves several).</summary>
    public string? ResolvedCause { get; init; }

    public int Turns { get; init; }

    /// <summary>User turns from the first message to the resolving "it worked".</summary>
    public int? TurnsToFix { get; init; }

    public DateTimeOffset Started { get; init; }
    public DateTimeOffset Ended { get; init; }

    public TimeSpan Duration => Ended - Started;
}

public sealed record FixAttempt(string FixId, FixResult Result);

public enum FixResult
{
    Worked,
    DidNotWork,
    CouldNotDo,
    Skipped,
}

public enum CaseEnding
{
    Resolved,
    Escalated,
    Abandoned,
    Cancelled,
}
