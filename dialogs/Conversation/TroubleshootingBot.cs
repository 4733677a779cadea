using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Runs one turn of the troubleshooting conversation from stored state to stored state. A conversation stored
/// by another version is dropped with a short apology, and the message is answered as a first contact.
/// </summary>
public sealed class TroubleshootingBot
{
    public const string StateResetApology = "Sorry, I lost track of our conversation after an update. Let's start again.";

    public TroubleshootingBot(ConversationServices services)
    {
        Dialogs = ConversationDialogs.Create(services);
    }

    public DialogSet Dialogs { get; }

    public string RootDialogId => ConversationDialogs.RootDialogId;

    public async Task<TroubleshootingTurn> RunTurnAsync(TurnContext turn, string? storedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var load = DialogState.Load(storedState, Dialogs);
        if (load.WasReset && turn.EventName is null)
            await turn.SendAsync(new Reply(StateResetApology), cancellationToken);
        var result = await new DialogRunner(Dialogs, RootDialogId).RunTurnAsync(turn, load.State, cancellationToken);
        return new TroubleshootingTurn(load.State.ToJson(), result, load.Reset);
    }
}

/// <summary>The state to store after the turn, how the turn left the dialogs, and why old state was dropped if it was.</summary>
public sealed record TroubleshootingTurn(string State, DialogTurnResult Result, DialogStateReset? Reset);
