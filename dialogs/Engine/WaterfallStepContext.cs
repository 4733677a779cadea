using System.Text.Json;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>What a waterfall step works with: the waterfall's values, its options and the previous answer.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog waterfall;
    private bool nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, string stepName, DialogReason reason, object? result)
    {
        this.waterfall = waterfall;
        Dialogs = dc;
        Values = instance.State;
        Options = instance.Options;
        StepName = stepName;
        Reason = reason;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    public TurnContext Context => Dialogs.Context;

    /// <summary>Kept across steps and turns; write here what later steps need.</summary>
    public IDictionary<string, JsonElement> Values { get; }

    public JsonElement? Options { get; }

    public string StepName { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's answer: a prompt's value, a child dialog's result, or a <see cref="Prompts.PromptGaveUp"/>.</summary>
    public object? Result { get; }

    public bool PromptGaveUp => Result is PromptGaveUp;

    /// <summary>Skips to the next step, e.g. when the answer to this step's question is already known.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (nextCalled)
            throw new InvalidOperationException($"NextAsync was already called in step '{StepName}'.");
        nextCalled = true;
        return waterfall.ResumeDialogAsync(Dialogs, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialogs.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task SendAsync(Reply reply, CancellationToken cancellationToken = default) =>
        Context.SendAsync(reply, cancellationToken);
}
