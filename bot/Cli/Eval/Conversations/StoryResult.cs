namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>How one story went: where the right fix came, after how many user messages, and how it ended.</summary>
internal sealed record StoryResult(
    Story Story,
    int? RightFixPlace,
    int? MessagesToRightFix,
    IReadOnlyList<string> FixesShown,
    int MessagesSent,
    bool Resolved,
    bool HumanOffered)
{
    public bool RightFixWithin(int fixes) => RightFixPlace <= fixes;
}
