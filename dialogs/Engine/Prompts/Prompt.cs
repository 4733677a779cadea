using System.Text.Json;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and ends with the answer as a <typeparamref name="T"/>. An unusable answer gets a hint
/// and the question again; after <see cref="PromptOptions.MaxAttempts"/> of them the prompt ends with
/// <see cref="PromptGaveUp"/> instead of looping forever.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string AttemptsKey = "attempts";

    private readonly Func<T, bool>? validator;

    /// <param name="validator">Extra check on a recognised answer; false counts as an unusable answer.</param>
    protected Prompt(string id, Func<T, bool>? validator)
        : base(id)
    {
        this.validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var given = instance.TypedOptions as PromptOptions;
        var promptOptions = given ?? ReadOptions(options)
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions; begin it with PromptAsync.", nameof(options));
        if (promptOptions.MaxAttempts is < 1)
            throw new ArgumentException($"Prompt '{Id}': MaxAttempts must be at least 1.", nameof(options));
        instance.Options = options;
        instance.TypedOptions = promptOptions;
        instance.State.Set(AttemptsKey, 0);
        await SendPromptAsync(dc.Context, promptOptions, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var options = OptionsOf(instance)!;
        var recognition = Recognize(dc.Context, options);
        if (recognition.Succeeded && (validator?.Invoke(recognition.Value!) ?? true))
            return await dc.EndDialogAsync(recognition.Value, cancellationToken);

        var attempts = (instance.State.GetInt32(AttemptsKey) ?? 0) + 1;
        instance.State.Set(AttemptsKey, attempts);
        if (attempts >= (options.MaxAttempts ?? PromptDefaults.MaxAttempts))
            return await dc.EndDialogAsync(new PromptGaveUp(Id, attempts), cancellationToken);

        var retry = options.RetryPrompt ?? DefaultRetry(options, recognition);
        await dc.Context.SendAsync(WithChoices(retry, options), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Something begun above the prompt ended; the prompt still needs its answer.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(dc.Context, OptionsOf(instance)!, cancellationToken);

    public override string? DescribeStaleState(DialogInstance instance)
    {
        if (instance.State.TryGetValue(AttemptsKey, out var attempts) && !IsWholeNumber(attempts))
            return $"Prompt '{Id}' was stored with an attempt count that is not a number.";
        try
        {
            return OptionsOf(instance) is null ? $"Prompt '{Id}' was stored without its options." : null;
        }
        catch (JsonException exception)
        {
            return $"Prompt '{Id}' has options that no longer read: {exception.Message}";
        }
    }

    protected abstract PromptRecognition<T> Recognize(TurnContext turn, PromptOptions options);

    protected abstract Reply DefaultRetry(PromptOptions options, PromptRecognition<T> recognition);

    /// <summary>The answers offered with the question and the retry, if the prompt has a fixed set.</summary>
    protected virtual IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => null;

    private async Task SendPromptAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        if (options.Prompt is { } prompt)
            await turn.SendAsync(WithChoices(prompt, options), cancellationToken);
    }

    private Reply WithChoices(Reply reply, PromptOptions options) =>
        !reply.HasChoices && ChoicesFor(options) is { Count: > 0 } choices ? reply.WithChoices(choices) : reply;

    private static bool IsWholeNumber(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _);

    private static PromptOptions? OptionsOf(DialogInstance instance)
    {
        if (instance.TypedOptions is PromptOptions known)
            return known;
        var options = ReadOptions(instance.Options);
        instance.TypedOptions = options;
        return options;
    }

    private static PromptOptions? ReadOptions(JsonElement? options) =>
        options is { ValueKind: JsonValueKind.Object } element
            ? element.Deserialize(DialogJsonContext.Default.PromptOptions)
            : null;
}
