using System.Text.Json;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order, one prompt per step. The state stores the name of the running step,
/// not its position, so a stored conversation never resumes in a step that has been renamed or removed.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    private readonly List<NamedWaterfallStep> steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        foreach (var step in steps ?? [])
            AddStep(step);
    }

    public IReadOnlyList<string> StepNames => steps.ConvertAll(step => step.Name);

    /// <param name="name">Stored with the conversation; defaults to the method's name.</param>
    public WaterfallDialog AddStep(WaterfallStep step, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        name ??= step.Method.Name;
        if (name.Contains('<', StringComparison.Ordinal))
            throw new ArgumentException(
                $"Step {steps.Count + 1} of waterfall '{Id}' is a lambda; use a named method or pass a name, because the name is stored with the conversation.",
                nameof(step));
        if (IndexOf(name) >= 0)
            throw new ArgumentException($"Waterfall '{Id}' already has a step named '{name}'.", nameof(name));
        steps.Add(new NamedWaterfallStep(name, step));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        if (steps.Count == 0)
            throw new InvalidOperationException($"Waterfall '{Id}' has no steps.");
        dc.ActiveDialog!.Options = options;
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that waits without a prompt receives the user's message as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.ChoiceValue ?? dc.Context.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var current = dc.ActiveDialog!.Step;
        var index = current is null ? -1 : IndexOf(current);
        if (index < 0)
            throw new InvalidOperationException($"Waterfall '{Id}' has no step named '{current}'.");
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    public override string? DescribeStaleState(DialogInstance instance) => instance.Step switch
    {
        null => $"Waterfall '{Id}' was stored without its current step.",
        var step when IndexOf(step) < 0 => $"Waterfall '{Id}' no longer has a step named '{step}'.",
        _ => null,
    };

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
            return await dc.EndDialogAsync(result, cancellationToken);
        var instance = dc.ActiveDialog!;
        var step = steps[index];
        instance.Step = step.Name;
        var context = new WaterfallStepContext(this, dc, instance, step.Name, reason, result);
        return await step.Run(context, cancellationToken);
    }

    private int IndexOf(string name) => steps.FindIndex(step => step.Name == name);
}
