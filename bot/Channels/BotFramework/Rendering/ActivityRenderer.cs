using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Renders a neutral reply as a Bot Framework message activity: an Adaptive Card when the reply has a card
/// (or choices and the channel wants them on a card), otherwise Markdown text with suggested actions. The
/// result has no addressing yet; see <see cref="ActivityAddressing"/>.
/// </summary>
internal static class ActivityRenderer
{
    public const string MarkdownFormat = "markdown";
    public const string ExpectingInput = "expectingInput";

    public static Activity Render(Reply reply, ActivityRenderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        var hint = reply.HasChoices || HasActions(reply) ? ExpectingInput : null;
        if (reply.Card is not null || (reply.HasChoices && options.ChoicesAsCard))
        {
            return new Activity
            {
                Attachments = [CardAttachment(AdaptiveCardBuilder.Build(reply, options.ChoiceButtons))],
                Summary = Summary(reply),
                InputHint = hint,
            };
        }
        return new Activity
        {
            Text = reply.Text,
            TextFormat = MarkdownFormat,
            SuggestedActions = reply.HasChoices ? SuggestedChoices(reply.Choices!) : null,
            InputHint = hint,
        };
    }

    public static Attachment CardAttachment(AdaptiveCard card) => new(Attachment.AdaptiveCardContentType)
    {
        Content = JsonSerializer.SerializeToElement(card, AdaptiveCardJsonContext.Default.AdaptiveCard),
    };

    /// <summary>
    /// messageBack: the channel shows the label as the user's message, sends the label as text (so a channel
    /// that drops the value still matches the choice) and the choice itself in the value.
    /// </summary>
    private static SuggestedActions SuggestedChoices(IReadOnlyList<Choice> choices) => new(choices
        .Select(choice => new CardAction(CardAction.MessageBack, choice.Label)
        {
            Text = choice.Label,
            DisplayText = choice.Label,
            Value = JsonSerializer.SerializeToElement(
                new ChoiceValuePayload(choice.Value), AdaptiveCardJsonContext.Default.ChoiceValuePayload),
        })
        .ToList());

    /// <summary>What notifications and chat lists show for a card, which has no text of its own.</summary>
    private static string? Summary(Reply reply) =>
        !string.IsNullOrWhiteSpace(reply.Text) ? CardMarkdown.ToPlainLine(reply.Text)
        : reply.Card?.Blocks.OfType<Heading>().FirstOrDefault()?.Text;

    private static bool HasActions(Reply reply) => reply.Card?.Blocks.OfType<Actions>().Any() == true;
}
