using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Watch;

namespace RdpHelpBot.Bot.Channels.BotFramework.Cards;

/// <summary>
/// One answer per card: the first click on a card (Action.Execute or its Action.Submit fallback) runs a
/// turn; any later click on the same card — a second button, a double click, a client retrying — runs
/// none and gets the first click's answer again. Bounded: the oldest answered cards are forgotten.
/// A helpdesk card is an exception: every agent's click runs a turn (the first claim wins there, and a released
/// case is claimed again on the same card), and the card stays as it is for the clicker, since the bot redraws it for
/// everyone in the channel. A certificate warning is the other: its buttons (check now, snooze) stay usable.
/// </summary>
internal sealed class CardClicks(SentCards sent)
{
    public const int Capacity = 10_000;

    private readonly BoundedMap<AdaptiveCardInvokeResponse> _answered = new(Capacity);

    /// <summary>Records a click carrying <paramref name="choiceValue"/>; a click naming no card is always first.</summary>
    public CardClick Record(Activity click, string choiceValue)
    {
        if (HelpdeskActions.IsAction(choiceValue) || WatchActions.IsAction(choiceValue))
            return new CardClick(IsFirst: true, InvokeResponses.Message(InvokeResponses.Acknowledgement));
        var key = CardKey.OfClick(click);
        var answer = Answer(key, choiceValue);
        if (key is null || _answered.TryAdd(key, answer))
            return new CardClick(IsFirst: true, answer);
        return new CardClick(IsFirst: false, _answered.TryGet(key, out var first) ? first : answer);
    }

    /// <summary>The clicked card with the choice made, when the card is known; otherwise a short message.</summary>
    private AdaptiveCardInvokeResponse Answer(string? key, string choiceValue) =>
        key is not null && sent.Find(key) is { } card
            ? InvokeResponses.Card(AnsweredCard.Render(card, choiceValue))
            : InvokeResponses.Message(InvokeResponses.Acknowledgement);
}

/// <param name="IsFirst">Whether this click is the card's first, so a turn runs.</param>
/// <param name="Answer">What an <c>adaptiveCard/action</c> invoke is answered with.</param>
internal sealed record CardClick(bool IsFirst, AdaptiveCardInvokeResponse Answer);
