using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Samples;

/// <summary>Asks one prompt and says what it understood: "answer: …".</summary>
internal sealed class PromptProbe
{
    public const string RootId = "probe";

    private readonly string promptId;
    private readonly PromptOptions options;

    private PromptProbe(string promptId, PromptOptions options)
    {
        this.promptId = promptId;
        this.options = options;
    }

    public static DialogSet CreateSet(Dialog prompt, PromptOptions options)
    {
        var probe = new PromptProbe(prompt.Id, options);
        return new DialogSet()
            .Add(prompt)
            .Add(new WaterfallDialog(RootId, [probe.AskStepAsync, probe.ReportStepAsync]));
    }

    public static string Describe(object? answer) => answer switch
    {
        FoundChoice choice => choice.Value,
        bool yes => yes ? "yes" : "no",
        PromptGaveUp gaveUp => $"gave up after {gaveUp.Attempts}",
        _ => $"{answer}",
    };

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(promptId, options, cancellationToken);

    private async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SendAsync(new Reply($"answer: {Describe(step.Result)}"), cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }
}
