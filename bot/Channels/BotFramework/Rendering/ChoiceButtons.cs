using RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Choice buttons on cards. Both kinds carry the same data, <c>{"value": choice}</c>, so the bot reads a click
/// the same way whichever action the host ran (see <see cref="ChoiceValueReader"/>).
/// </summary>
internal static class ChoiceButtons
{
    /// <summary>The verb of every choice button's <c>Action.Execute</c>.</summary>
    public const string Verb = "choice";

    public static ActionSet ActionSet(IReadOnlyList<Choice> choices, ChoiceButtonKind kind) =>
        new(choices.Select(choice => Button(choice, kind)).ToList());

    public static AdaptiveAction Button(Choice choice, ChoiceButtonKind kind)
    {
        var submit = new SubmitAction(choice.Label, SubmitData(choice));
        return kind == ChoiceButtonKind.Submit
            ? submit
            : new ExecuteAction(choice.Label, Verb, new ChoiceActionData(choice.Value)) { Fallback = submit };
    }

    private static ChoiceActionData SubmitData(Choice choice) => new(choice.Value)
    {
        Teams = new MessageBackData(choice.Label, choice.Label, new ChoiceValuePayload(choice.Value)),
    };
}
