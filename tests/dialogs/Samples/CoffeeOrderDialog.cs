using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Samples;

/// <summary>A small conversation to exercise the engine with: size, name, confirmation.</summary>
internal sealed class CoffeeOrderDialog : ComponentDialog
{
    public const string DialogId = "coffee";

    public static readonly IReadOnlyList<Choice> Sizes =
    [
        new("small", "Small"),
        new("medium", "Medium", ["regular"]),
        new("large", "Large", ["big"]),
    ];

    public CoffeeOrderDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog("coffee-steps", [AskSizeStepAsync, AskNameStepAsync, ConfirmStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt("size"));
        AddDialog(new TextPrompt("name"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    private static Task<DialogTurnResult> AskSizeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("size", PromptOptions.Ask("What size?", Sizes), cancellationToken);

    private static async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            await step.SendAsync(new Reply("Let's leave it there."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        step.Values.Set("size", ((FoundChoice)step.Result!).Value);
        var knownName = step.Options?.TryGetProperty("name", out var name) == true ? name.GetString() : null;
        return knownName is not null
            ? await step.NextAsync(knownName, cancellationToken)
            : await step.PromptAsync("name", PromptOptions.Ask("Name for the order?"), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", (string)step.Result!);
        return step.PromptAsync(
            "confirm", PromptOptions.Ask($"A {step.Values.GetString("size")} coffee for {step.Values.GetString("name")}?"), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.SendAsync(new Reply("Order dropped."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var ready = step.Context.Time.GetUtcNow().AddMinutes(5);
        await step.SendAsync(new Reply($"Ordered. Ready at {ready:HH:mm}."), cancellationToken);
        return await step.EndDialogAsync($"{step.Values.GetString("size")} coffee for {step.Values.GetString("name")}", cancellationToken);
    }
}
