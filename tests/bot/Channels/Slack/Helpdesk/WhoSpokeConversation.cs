using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Helpdesk;

/// <summary>Says back, every turn, who took it (name and verified id), in which conversation, and what they sent.</summary>
internal sealed class WhoSpokeConversation : IConversationDialogs
{
    public DialogSet Dialogs { get; } = new DialogSet().Add(new WaterfallDialog("who", [SayAsync]));

    public string RootDialogId => "who";

    public static string Said(string? name, string verifiedId, string conversation, string what) => $"{name} ({verifiedId}) in {conversation}: {what}";

    private static async Task<DialogTurnResult> SayAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        await step.SendAsync(new Reply(Said(turn.UserName, turn.VerifiedUserId ?? "unverified", turn.ConversationId, turn.ChoiceValue ?? turn.Text)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
