using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Asks a symptom question with its answers as buttons. Typed text counts when it names an answer or states a
/// fact ("it's on Azure, nobody can connect"); the facts come along so that they become evidence too.
/// </summary>
internal sealed class SymptomAnswerPrompt(string id, IUnderstander understander) : Prompt<SymptomReply>(id, validator: null)
{
    protected override PromptRecognition<SymptomReply> Recognize(TurnContext turn, PromptOptions options)
    {
        var facts = TurnUnderstanding.Of(turn, understander).Facts;
        var choice = ChoiceRecognizer.Recognize(turn.ChoiceValue, turn.Text, options.Choices ?? []);
        if (choice.Succeeded || facts.Count > 0)
            return PromptRecognition.Matched(new SymptomReply(choice.Succeeded ? choice.Value!.Value : null, facts));
        return choice.Kind == PromptRecognitionKind.Ambiguous
            ? PromptRecognition.Ambiguous<SymptomReply>(choice.Candidates)
            : PromptRecognition.NoMatch<SymptomReply>();
    }

    protected override IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => options.Choices;

    protected override Reply DefaultRetry(PromptOptions options, PromptRecognition<SymptomReply> recognition) =>
        recognition.Kind == PromptRecognitionKind.Ambiguous
            ? new Reply($"{PromptDefaults.AmbiguousPrefix}{string.Join(" or ", recognition.Candidates.Select(c => c.Label))}?", recognition.Candidates)
            : new Reply($"Sorry, I didn't get that. {options.Prompt?.Text}");
}
