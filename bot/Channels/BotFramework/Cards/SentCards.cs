using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Cards;

/// <summary>
/// The recent cards with Universal Action buttons the bot sent, by the id the channel gave them, so a click's
/// answer can show the same card with the choice made. Bounded: after it forgets a card (or after a restart),
/// a click on it is answered with a message instead.
/// </summary>
internal sealed class SentCards
{
    public const int Capacity = 1_000;

    private readonly BoundedMap<JsonElement> _cards = new(Capacity);

    /// <summary>Remembers the card of an activity the bot sent to a conversation, if it has buttons to click.</summary>
    public void Remember(string? channelId, string conversationId, Activity sent, string? sentId)
    {
        if (sentId is not { Length: > 0 })
            return;
        if (ActivityRenderingOptions.ForChannel(channelId).ChoiceButtons != ChoiceButtonKind.ExecuteWithSubmitFallback)
            return;
        foreach (var attachment in sent.Attachments ?? [])
        {
            if (attachment.ContentType == Attachment.AdaptiveCardContentType && attachment.Content is { } card && AnsweredCard.HasButtons(card))
                _cards.Set(CardKey.For(channelId, conversationId, sentId), card);
        }
    }

    public JsonElement? Find(string cardKey) => _cards.TryGet(cardKey, out var card) ? card : null;
}
