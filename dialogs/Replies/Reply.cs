namespace RdpHelpBot.Dialogs.Replies;

/// <summary>
/// One message to the user, neutral of any channel. <see cref="Text"/> uses a small Markdown subset that
/// every channel can render or strip: <c>**bold**</c>, <c>*italic*</c>, <c>`code`</c>, <c>[label](url)</c>,
/// and lines starting with <c>- </c> or <c>1. </c> for lists.
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<Choice>? Choices = null, Card? Card = null)
{
    public bool HasChoices => Choices is { Count: > 0 };

    public Reply WithChoices(IReadOnlyList<Choice> choices) => this with { Choices = choices };
}
