using RdpHelpBot.Knowledge.Text;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>One line on why a fix comes where it does: its cause, how likely that is, and any trade-off.</summary>
internal static class FixReasons
{
    public static string For(FixRanker.Candidate fix, int position, IReadOnlyList<RankedCause> causes, Fix? overtaken)
    {
        var opening = position == 0 ? "First" : "Next";
        var main = causes.First(ranked => ranked.Cause == fix.Cause);
        var standing = causes[0].Cause == fix.Cause ? "the most likely cause" : "a possible cause";
        var unconfirmed = fix.Cause.IsMicrosoftDocumented ? "" : ", not confirmed by Microsoft,";
        var reason = $"{opening} because {standing} ({Percent.Of(main.Probability)}){unconfirmed} is that " +
                     Wording.InSentence(fix.Cause.Title);
        var others = causes
            .Where(ranked => ranked.Cause != fix.Cause && ranked.Probability > 0
                             && ranked.Cause.Fixes.Any(causeFix => causeFix.Fix == fix.Fix.Id))
            .ToList();
        reason += others.Count switch
        {
            0 => "",
            1 => $"; it may also help if {Wording.InSentence(others[0].Cause.Title)}",
            _ => $"; it may also help with {others.Count} other possible causes",
        };
        if (overtaken is not null)
        {
            reason += $"; placed before {Wording.Quoted(overtaken.Title)} because it is about as likely to help " +
                      $"and {Advantage(fix.Fix, overtaken)}";
        }
        return reason + ".";
    }

    // The ranker only lets a fix overtake one that is riskier or, at equal risk, slower.
    private static string Advantage(Fix chosen, Fix overtaken) =>
        chosen.Risk < overtaken.Risk ? $"{chosen.Risk.ToString().ToLowerInvariant()} risk" : "quicker";
}
