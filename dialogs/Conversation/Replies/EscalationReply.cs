using RdpHelpBot.Knowledge.Text;
using System.Text;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Tells the user plainly what was recorded for the helpdesk and what happens next.</summary>
internal static class EscalationReply
{
    public static Reply For(EscalationRequest request)
    {
        var summary = request.Summary;
        var text = new StringBuilder("I've recorded your case for the helpdesk with everything we found:\n");
        if (summary.Codes.Count > 0)
            text.Append("- Error: ").AppendJoin(", ", summary.Codes).Append('\n');
        text.Append("- What we know: ")
            .Append(summary.Facts.Count > 0 ? string.Join(" ", summary.Facts) : "no details yet")
            .Append('\n');
        text.Append("- Fixes tried: ")
            .Append(summary.Fixes.Count > 0 ? string.Join("; ", summary.Fixes.Select(f => $"“{f.Title}” ({f.Result})")) : "none yet")
            .Append('\n');
        if (summary.TopCauses.Count > 0)
            text.Append("- Most likely cause now: ")
                .Append(summary.TopCauses[0].Title)
                .Append($" ({Percent.Of(summary.TopCauses[0].Probability)})\n");
        text.Append($"They will contact you; you won't have to repeat this. Your case reference is {request.CaseId}.");
        return new Reply(text.ToString());
    }
}
