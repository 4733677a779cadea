using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Engine.State;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// A dialog stack at work during one turn. The stack is the stored state itself, so whatever the dialogs
/// do here is what gets saved at the end of the turn. Inside a component dialog the context has a
/// <see cref="Parent"/>: the stack the component itself is on.
/// </summary>
public sealed class DialogContext
{
    private readonly List<DialogInstance> stack;

    internal DialogContext(DialogSet dialogs, TurnContext context, List<DialogInstance> stack, DialogContext? parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        Dialogs = dialogs;
        Context = context;
        this.stack = stack;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public TurnContext Context { get; }

    public DialogContext? Parent { get; }

    /// <summary>Bottom first; the active dialog is the last entry.</summary>
    public IReadOnlyList<DialogInstance> Stack => stack;

    public DialogInstance? ActiveDialog => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Looks in this stack's dialog set first, then in the sets of the dialogs that contain it.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"Cannot begin dialog '{dialogId}': it is not in the dialog set or in any set containing it.");
        stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(
        string dialogId, TOptions options, JsonTypeInfo<TOptions> optionsType, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, JsonSerializer.SerializeToElement(options, optionsType), cancellationToken);

    public async Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"Cannot begin dialog '{dialogId}': it is not in the dialog set or in any set containing it.");
        // The prompt reads its options from this instance instead of deserialising the JSON just written.
        stack.Add(new DialogInstance { Id = dialogId, TypedOptions = options });
        return await dialog.BeginDialogAsync(
            this, JsonSerializer.SerializeToElement(options, DialogJsonContext.Default.PromptOptions), cancellationToken);
    }

    /// <summary>Hands the user's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
            return DialogTurnResult.Empty;
        return await DialogFor(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is not { } caller)
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        return await DialogFor(caller).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its caller and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Clears the whole conversation's stack: this one and, inside a component, the stacks of the dialogs
    /// that contain it, because a user who cancels means the conversation, not one sub-dialog.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        await CancelOwnStackAsync(cancellationToken);
        if (Parent is not null)
            await Parent.CancelAllDialogsAsync(cancellationToken);
        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
            await DialogFor(instance).RepromptDialogAsync(this, instance, cancellationToken);
    }

    internal async Task CancelOwnStackAsync(CancellationToken cancellationToken)
    {
        while (stack.Count > 0)
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog ?? throw new InvalidOperationException("There is no active dialog to end.");
        stack.RemoveAt(stack.Count - 1);
        await DialogFor(instance).EndDialogAsync(this, instance, reason, cancellationToken);
    }

    private Dialog DialogFor(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException(
            $"The dialog stack names '{instance.Id}', which is not in the dialog set; load state with DialogState.Load.");
}
