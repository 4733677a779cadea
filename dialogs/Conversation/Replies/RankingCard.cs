using RdpHelpBot.Knowledge.Text;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>"What else could it be?": the causes still in play, most likely first, with why.</summary>
internal static class RankingCard
{
    public const int CauseCount = 5;

    public static Reply For(CaseDiagnosis diagnosis)
    {
        var blocks = new List<CardBlock> { new Heading("What else it could be") };
        blocks.AddRange(diagnosis.Causes.Take(CauseCount).Select(Cause));
        return new Reply("Here is how the possible causes rank with what we know so far:", Card: new Card(blocks));
    }

    private static Paragraph Cause(RankedCause ranked)
    {
        var unconfirmed = ranked.Cause.IsMicrosoftDocumented ? "" : " (not confirmed by Microsoft)";
        return new Paragraph($"**{Percent.Of(ranked.Probability)}** {ranked.Cause.Title}{unconfirmed}\n{ranked.Reason}");
    }
}
