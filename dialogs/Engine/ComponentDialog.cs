using System.Text.Json;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: its own set and its own inner stack (stored in its instance), started at
/// <see cref="InitialDialogId"/>. When the inner stack completes, the component ends with that result.
/// </summary>
public class ComponentDialog : Dialog
{
    public ComponentDialog(string id)
        : base(id)
    {
    }

    public DialogSet Dialogs { get; } = new();

    /// <summary>The dialog the component begins with; the first one added unless set.</summary>
    public string? InitialDialogId { get; protected set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Options = options;
        var inner = InnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await EndWhenInnerStackFinishedAsync(dc, instance, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var result = await OnContinueDialogAsync(InnerContext(dc, instance), cancellationToken);
        return await EndWhenInnerStackFinishedAsync(dc, instance, result, cancellationToken);
    }

    /// <summary>A dialog begun on the outer stack above this one ended; the inner dialog still waits.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        InnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    public override Task EndDialogAsync(
        DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        reason == DialogReason.CancelCalled
            ? InnerContext(dc, instance).CancelOwnStackAsync(cancellationToken)
            : Task.CompletedTask;

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, JsonElement? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(
            InitialDialogId ?? throw new InvalidOperationException($"Component dialog '{Id}' has no dialogs."),
            options,
            cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner stack completed; by default the component ends with the same result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(
        DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> EndWhenInnerStackFinishedAsync(
        DialogContext dc, DialogInstance instance, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        if (inner.Status == DialogTurnStatus.Waiting)
            return inner;
        // A cancel from inside has already cleared the stacks this component was on.
        if (!dc.Stack.Contains(instance))
            return inner;
        return await EndComponentAsync(dc, inner.Result, cancellationToken);
    }

    private DialogContext InnerContext(DialogContext dc, DialogInstance instance) =>
        new(Dialogs, dc.Context, instance.Stack ??= [], dc);
}
