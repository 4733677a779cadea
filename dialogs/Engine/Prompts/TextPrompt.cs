using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; ends with the trimmed text. A blank message is not an answer.</summary>
public sealed class TextPrompt(string id, Func<string, bool>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(TurnContext turn, PromptOptions options) =>
        turn.Text.Length > 0 ? PromptRecognition.Matched(turn.Text)
        : turn.ChoiceValue is { } value ? PromptRecognition.Matched(value)
        : PromptRecognition.NoMatch<string>();

    protected override Reply DefaultRetry(PromptOptions options, PromptRecognition<string> recognition) =>
        new(PromptDefaults.TextRetry);
}
