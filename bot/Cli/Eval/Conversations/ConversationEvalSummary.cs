namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>The figures the conversation evaluation is judged by.</summary>
internal sealed record ConversationEvalSummary(IReadOnlyList<StoryResult> Results)
{
    public const int FixesBeforeLate = 3;
    public const int TooManyFixes = 8;

    public int RightFixWithinThree => Results.Count(result => result.RightFixWithin(FixesBeforeLate));

    /// <summary>The median number of user messages until a fix that works was shown, over the stories that reached one.</summary>
    public double? MedianMessagesToRightFix
    {
        get
        {
            var counts = Results.Where(r => r.MessagesToRightFix is not null).Select(r => r.MessagesToRightFix!.Value).Order().ToList();
            if (counts.Count == 0)
                return null;
            var middle = counts.Count / 2;
            return counts.Count % 2 == 1 ? counts[middle] : (counts[middle - 1] + counts[middle]) / 2.0;
        }
    }

    public int NeverReachedRightFix => Results.Count(result => result.RightFixPlace is null);

    public IReadOnlyList<StoryResult> OverTooManyFixes => Results.Where(result => result.FixesShown.Count > TooManyFixes).ToList();
}
