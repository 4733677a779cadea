using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Conversations;

/// <summary>A conversation for testing what is sent when a conversation goes quiet: it notes each message, and says goodbye when closed as idle.</summary>
internal sealed class ClosingConversation : IConversationDialogs
{
    public const string Noted = "Noted.";
    public const string Goodbye = "This conversation has been quiet for a while, so I have closed it. Write again any time.";

    public DialogSet Dialogs { get; } = new DialogSet().Add(new ClosingDialog());

    public string RootDialogId => ClosingDialog.DialogId;

    private sealed class ClosingDialog() : Dialog(DialogId)
    {
        public const string DialogId = "closing";

        public override async Task<DialogTurnResult> BeginDialogAsync(
            DialogContext dc, System.Text.Json.JsonElement? options, CancellationToken cancellationToken)
        {
            await dc.Context.SendAsync(new Reply(Noted), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Context.EventName != TurnEvents.Idle)
                return await BeginDialogAsync(dc, null, cancellationToken);
            await dc.Context.SendAsync(new Reply(Goodbye), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
    }
}
