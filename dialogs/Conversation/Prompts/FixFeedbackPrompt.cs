using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Asks "Did that fix it?". Besides the buttons it understands what people type: "that fixed it", "still the
/// same error", "I don't have admin rights", "skip", and a plain yes or no.
/// </summary>
internal sealed class FixFeedbackPrompt(string id, IUnderstander understander) : Prompt<FoundChoice>(id, validator: null)
{
    protected override PromptRecognition<FoundChoice> Recognize(TurnContext turn, PromptOptions options)
    {
        if (turn.ChoiceValue is not null)
            return ChoiceRecognizer.Recognize(turn.ChoiceValue, turn.Text, FixFeedback.Choices);
        var byIntent = TurnUnderstanding.Of(turn, understander).Intents.Select(i => ValueOf(i.Kind)).OfType<string>().FirstOrDefault();
        if (byIntent is not null)
            return Found(byIntent);
        var yesOrNo = ConfirmRecognizer.Recognize(null, turn.Text);
        if (yesOrNo.Succeeded)
            return Found(yesOrNo.Value ? FixFeedback.Worked : FixFeedback.DidNotWork);
        return ChoiceRecognizer.Recognize(null, turn.Text, FixFeedback.Choices);
    }

    protected override IReadOnlyList<Choice> ChoicesFor(PromptOptions options) => FixFeedback.Choices;

    protected override Reply DefaultRetry(PromptOptions options, PromptRecognition<FoundChoice> recognition) =>
        new($"Sorry, I didn't get that. {ConversationTexts.DidThatFixIt}");

    private static string? ValueOf(IntentKind kind) => kind switch
    {
        IntentKind.Worked => FixFeedback.Worked,
        IntentKind.DidNotWork => FixFeedback.DidNotWork,
        IntentKind.CannotDoStep => FixFeedback.CannotDo,
        IntentKind.NextFix => FixFeedback.Next,
        IntentKind.Objection => FixFeedback.Declined,
        _ => null,
    };

    private static PromptRecognition<FoundChoice> Found(string value)
    {
        if (value == FixFeedback.Declined)
            return PromptRecognition.Matched(new FoundChoice(value, "Not this one", -1));
        var index = FixFeedback.Choices.ToList().FindIndex(choice => choice.Value == value);
        var choice = FixFeedback.Choices[index];
        return PromptRecognition.Matched(new FoundChoice(choice.Value, choice.Label, index));
    }
}
