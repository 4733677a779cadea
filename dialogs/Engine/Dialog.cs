using System.Text.Json;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// A unit of conversation on the dialog stack. It begins, continues on each user message while it is on top,
/// resumes when a child dialog it started ends, and ends with a result for whoever started it.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken);

    /// <summary>The user sent a message while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again for what this dialog is waiting for, e.g. after the user asked for help.</summary>
    public virtual Task RepromptDialogAsync(
        DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The instance is leaving the stack; release anything it holds.</summary>
    public virtual Task EndDialogAsync(
        DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Says why stored state can no longer be continued by this version of the dialog (a step that was
    /// removed, options that no longer read), or null when it can.
    /// </summary>
    public virtual string? DescribeStaleState(DialogInstance instance) => null;
}
