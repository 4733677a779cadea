using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;

/// <summary>A button on a card; the JSON names its kind in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), SubmitAction.TypeName)]
[JsonDerivedType(typeof(ExecuteAction), ExecuteAction.TypeName)]
internal abstract record AdaptiveAction(string Title);

/// <summary>Sends a <c>message</c> activity whose <c>value</c> is <see cref="Data"/>.</summary>
internal sealed record SubmitAction(string Title, ChoiceActionData Data) : AdaptiveAction(Title)
{
    public const string TypeName = "Action.Submit";
}

/// <summary>
/// Sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and <see cref="Data"/>; hosts that do
/// not know Universal Actions draw <see cref="Fallback"/> instead.
/// </summary>
internal sealed record ExecuteAction(string Title, string Verb, ChoiceActionData Data) : AdaptiveAction(Title)
{
    public const string TypeName = "Action.Execute";

    public AdaptiveAction? Fallback { get; init; }
}

/// <summary>
/// What a choice button sends back: the choice's value, plus for Teams a <c>messageBack</c> so the click
/// shows in the chat as the label the user picked.
/// </summary>
internal sealed record ChoiceActionData(string Value)
{
    [JsonPropertyName("msteams")]
    public MessageBackData? Teams { get; init; }
}

internal sealed record MessageBackData(string Text, string DisplayText, ChoiceValuePayload Value)
{
    public string Type => "messageBack";
}

/// <summary>The payload a messageBack carries; Teams hands it to the bot as the activity's <c>value</c>.</summary>
internal sealed record ChoiceValuePayload(string Value);
