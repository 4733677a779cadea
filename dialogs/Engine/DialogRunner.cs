using RdpHelpBot.Dialogs.Engine.State;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// Runs one turn: the active dialog continues with the user's message, or, when the stack is empty, the root
/// dialog begins. The caller loads the state before and saves it after.
/// </summary>
public sealed class DialogRunner
{
    public DialogRunner(DialogSet dialogs, string rootDialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        if (dialogs.Find(rootDialogId) is null)
            throw new ArgumentException($"The root dialog '{rootDialogId}' is not in the dialog set.", nameof(rootDialogId));
        Dialogs = dialogs;
        RootDialogId = rootDialogId;
    }

    public DialogSet Dialogs { get; }

    public string RootDialogId { get; }

    public async Task<DialogTurnResult> RunTurnAsync(
        TurnContext turn, DialogState state, CancellationToken cancellationToken = default)
    {
        var dc = Dialogs.CreateContext(turn, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(RootDialogId, null, cancellationToken)
            : result;
    }
}
