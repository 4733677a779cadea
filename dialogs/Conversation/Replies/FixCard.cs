using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// One fix as the user follows it: why it comes first (later ones say what they do; "why?" gives the ranking),
/// what it takes, a backup warning, the steps, how to check. A user without rights on the host is told whom to ask.
/// </summary>
internal static class FixCard
{
    public static Reply For(RankedFix ranked, bool isFirst, bool withoutHostRights = false)
    {
        var fix = ranked.Fix;
        var blocks = new List<CardBlock>
        {
            new Heading(fix.Title),
            new Paragraph(isFirst ? ranked.Reason : WhatItDoes(ranked)),
            new Facts(
            [
                new FactLine("Where", Place(fix.RunsOn)),
                new FactLine("Rights needed", fix.Rights),
                new FactLine("Risk", fix.Risk.ToString()),
                new FactLine("Time", $"about {fix.EffortMinutes} minutes"),
            ]),
        };
        if (fix.Risk >= FixRisk.Medium && !string.IsNullOrWhiteSpace(fix.Backup))
            blocks.Add(new Paragraph($"**{fix.Risk} risk. Before you start:** {fix.Backup}"));
        if (withoutHostRights && fix.RunsOn != FixPlace.Client)
            blocks.Add(new Paragraph(ConversationTexts.AskYourAdmin));
        blocks.Add(new NumberedSteps(fix.Steps.Select(Step).ToList()));
        blocks.Add(new Paragraph($"**How to tell it worked:** {fix.Verify}"));
        return new Reply(isFirst ? "Here's what to try first:" : "Try this next:", Card: new Card(blocks));
    }

    private static string WhatItDoes(RankedFix ranked) =>
        ranked.Cause.IsMicrosoftDocumented
            ? ranked.Fix.Summary
            : $"{ranked.Fix.Summary} (Microsoft does not document the cause this fix is for; only some articles report it.)";

    private static NumberedStep Step(FixStep step) =>
        new(step.Text, step.Command is null ? null : new CommandBlock(step.Command, Shell(step.Shell)));

    /// <summary>Where a fix is done, as the card's "Where" line says it.</summary>
    public static string Place(FixPlace place) => place switch
    {
        FixPlace.Client => "Your own PC",
        FixPlace.Host => "The computer you connect to",
        FixPlace.AzurePortal => "The Azure portal",
        _ => "The network (firewall, VPN or DNS)",
    };

    private static string Shell(CommandShell shell) => shell switch
    {
        CommandShell.Cmd => "cmd",
        CommandShell.Powershell => "PowerShell",
        CommandShell.Run => "Run (Win+R)",
        CommandShell.AzureCli => "Azure CLI",
        _ => "",
    };
}
