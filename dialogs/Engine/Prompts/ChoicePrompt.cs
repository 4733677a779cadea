using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>; ends with a <see cref="FoundChoice"/>.
/// A click, a number ("2", "second"), a label, a synonym or a close misspelling all count; a message that
/// fits several choices equally is asked about again.
/// </summary>
public sealed class ChoicePrompt(string id, Func<FoundChoice, bool>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognition<FoundChoice> Recognize(TurnContext turn, PromptOptions options) =>
        ChoiceRecognizer.Recognize(turn.ChoiceValue, turn.Text, options.Choices ?? []);

    protected override IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => options.Choices;

    protected override Reply DefaultRetry(PromptOptions options, PromptRecognition<FoundChoice> recognition) =>
        recognition.Kind == PromptRecognitionKind.Ambiguous
            ? new Reply($"{PromptDefaults.AmbiguousPrefix}{JoinLabels(recognition.Candidates, " or ")}?", recognition.Candidates)
            : new Reply($"{PromptDefaults.ChoiceRetryPrefix}{JoinLabels(options.Choices ?? [], ", ")}.");

    private static string JoinLabels(IReadOnlyList<Choice> choices, string separator) =>
        string.Join(separator, choices.Select(choice => choice.Label));
}
