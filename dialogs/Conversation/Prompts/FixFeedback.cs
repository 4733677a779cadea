using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>The answers to "Did that fix it?".</summary>
internal static class FixFeedback
{
    public const string Worked = "worked";
    public const string DidNotWork = "did-not-work";
    public const string CannotDo = "cannot-do";
    public const string Next = "next";

    /// <summary>The user will not do this fix ("not on a production server"): it leaves the list, and nothing is learned from it.</summary>
    public const string Declined = "declined";

    public static readonly IReadOnlyList<Choice> Choices =
    [
        new(Worked, "Yes", ["it worked", "fixed", "that fixed it", "solved"]),
        new(DidNotWork, "No", ["still broken", "didnt work", "same error"]),
        new(CannotDo, "I can't do this step", ["cant do it", "no rights", "no access", "not admin"]),
        new(Next, "Show me the next one", ["next", "skip", "next one", "another"]),
    ];
}
