using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question; ends with true or false. Everyday answers ("yep", "it didn't") count.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool>(id, validator: null)
{
    private static readonly IReadOnlyList<Choice> YesNo = [PromptDefaults.Yes, PromptDefaults.No];

    protected override PromptRecognition<bool> Recognize(TurnContext turn, PromptOptions options) =>
        ConfirmRecognizer.Recognize(turn.ChoiceValue, turn.Text);

    protected override IReadOnlyList<Choice> ChoicesFor(PromptOptions options) => YesNo;

    protected override Reply DefaultRetry(PromptOptions options, PromptRecognition<bool> recognition) =>
        new(PromptDefaults.ConfirmRetry);
}
