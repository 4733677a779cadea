using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>What to send back for one turn, in order, and how the turn went.</summary>
public sealed record TurnResponse(IReadOnlyList<Reply> Replies, bool StateWasReset, TurnOutcome Outcome = TurnOutcome.Completed);

public enum TurnOutcome
{
    /// <summary>The dialogs ran and the new state was saved.</summary>
    Completed,

    /// <summary>A dialog failed; the previous state was kept and the user was told.</summary>
    Failed,

    /// <summary>Other turns kept saving first, past the retry limit; the user was asked to send it again.</summary>
    Conflicted,
}
