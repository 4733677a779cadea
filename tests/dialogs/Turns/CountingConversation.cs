using System.Collections.Concurrent;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Tests.Turns;

/// <summary>
/// A conversation that counts the user's messages ("1", "2", …), fails on any message starting with "crash",
/// and on the idle event says goodbye and notes which conversation it closed.
/// </summary>
internal sealed class CountingConversation : IConversationDialogs
{
    public const string RootId = "count";
    public const string ClosingText = "Closing this case as abandoned.";

    public CountingConversation(string version = DialogSet.DefaultVersion)
    {
        Dialogs = new DialogSet(version).Add(new CountingDialog(ClosedConversations));
    }

    public DialogSet Dialogs { get; }

    public string RootDialogId => RootId;

    public ConcurrentQueue<string> ClosedConversations { get; } = new();

    private sealed class CountingDialog(ConcurrentQueue<string> closed) : Dialog(RootId)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(
            DialogContext dc, System.Text.Json.JsonElement? options, CancellationToken cancellationToken) =>
            CountAsync(dc, cancellationToken);

        public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Context.EventName != TurnEvents.Idle)
                return await CountAsync(dc, cancellationToken);
            closed.Enqueue(dc.Context.ConversationId);
            await dc.Context.SendAsync(new Reply(ClosingText), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        private static async Task<DialogTurnResult> CountAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            // Gives other turns of the same conversation every chance to interleave.
            await Task.Yield();
            if (dc.Context.Text.StartsWith("crash", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException("The counting dialog was told to fail.");
            var values = dc.ActiveDialog!.State;
            var count = (values.GetInt32("count") ?? 0) + 1;
            values.Set("count", count);
            await dc.Context.SendAsync(new Reply(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }
}
