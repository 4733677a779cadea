using System.Globalization;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The card a case is posted with in a helpdesk channel: the summary, the likely causes, the fixes tried and, while
/// the case waits, Claim and Open ticket. When the case changes hands the same card is replaced for everyone.
/// </summary>
public static class HelpdeskCard
{
    private const int ShownCauses = 3;

    public static Reply For(HelpdeskCase helpdeskCase)
    {
        ArgumentNullException.ThrowIfNull(helpdeskCase);
        var packet = helpdeskCase.Packet;
        var blocks = new List<CardBlock>
        {
            new Heading($"RDP case {helpdeskCase.CaseId}: {Status(helpdeskCase)}"),
            new Paragraph(packet.Summary),
            new Facts([
                new FactLine("User", helpdeskCase.UserName ?? helpdeskCase.UserId),
                new FactLine("Channel", helpdeskCase.UserConversation.ChannelId),
                new FactLine("Handed over", helpdeskCase.Escalated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
                .. packet.Host is { } host ? [new FactLine("Host", host)] : Array.Empty<FactLine>(),
            ]),
        };
        if (packet.Causes.Count > 0)
            blocks.Add(new Paragraph("**Likely causes**\n" + string.Join("\n", packet.Causes.Take(ShownCauses).Select(cause =>
                $"- {cause.Title} ({cause.Probability.ToString("P0", CultureInfo.InvariantCulture)})"))));
        blocks.Add(new Paragraph(packet.Fixes.Count > 0
            ? "**Fixes tried**\n" + string.Join("\n", packet.Fixes.Select(fix => $"- {fix.Title}: {fix.Result}"))
            : "No fixes were tried yet."));
        if (Buttons(helpdeskCase) is { Count: > 0 } buttons)
            blocks.Add(new Actions(buttons));
        return new Reply($"RDP case {helpdeskCase.CaseId}: {Status(helpdeskCase)}. {packet.Summary}", Card: new Card(blocks));
    }

    /// <summary>The first post of a case in each thread that has it, or in <paramref name="to"/>: the message that starts the case's thread there.</summary>
    public static OutgoingMessage Post(HelpdeskCase helpdeskCase, ConversationAddress to, int index) =>
        new($"hd_{helpdeskCase.CaseId}_card_{index}", to, [For(helpdeskCase)]) { ThreadOwner = helpdeskCase.CaseId };

    /// <summary>The case's card in every thread, replaced in place with the case as it is now.</summary>
    public static IEnumerable<OutgoingMessage> Updates(HelpdeskCase helpdeskCase, string messageId) =>
        helpdeskCase.Threads.Select((thread, index) =>
            new OutgoingMessage($"{messageId}_card{index}", thread.Address with { ReplyToId = null }, [For(helpdeskCase)]) { Replaces = thread.CardId });

    public static string Status(HelpdeskCase helpdeskCase) => helpdeskCase.State switch
    {
        CaseState.Waiting when helpdeskCase.Claimed is not null => "Waiting again",
        CaseState.Waiting => "Waiting for an agent",
        CaseState.Claimed => $"Claimed by {helpdeskCase.Agent?.Name}",
        CaseState.Resolved => $"Resolved by {helpdeskCase.Agent?.Name}",
        CaseState.ReturnedToBot => "The user went back to the bot",
        _ => "Closed",
    };

    private static List<Choice> Buttons(HelpdeskCase helpdeskCase) => helpdeskCase.State switch
    {
        CaseState.Waiting => [new Choice(HelpdeskActions.Claim, "Claim"), new Choice(HelpdeskActions.OpenTicket, "Open ticket")],
        CaseState.Claimed => [new Choice(HelpdeskActions.OpenTicket, "Open ticket")],
        _ => [],
    };
}
