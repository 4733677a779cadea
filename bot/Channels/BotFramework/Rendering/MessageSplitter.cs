using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Renders replies as activities, each under Teams' most conservative message size (28 KB, counted as UTF-16 like
/// Teams does): a long card becomes several cards, a long text several messages, with the buttons on the last one.
/// A turn's replies go as few activities as the channels draw well: texts in a row join into one message, and a text
/// goes with the card after it (Teams and Web Chat show the text above the card, in one message).
/// </summary>
internal static class MessageSplitter
{
    public const int MaxMessageBytes = 28 * 1024;

    /// <summary>Room left for the addressing (from, recipient, conversation, serviceUrl) added after rendering.</summary>
    private const int AddressingAllowance = 2 * 1024;

    /// <summary>A turn's replies, in order, as few activities as fit.</summary>
    public static IReadOnlyList<Activity> RenderAll(IReadOnlyList<Reply> replies, ActivityRenderingOptions options, int maxBytes = MaxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var budget = maxBytes - AddressingAllowance;
        var activities = new List<Activity>();
        foreach (var activity in replies.SelectMany(reply => Render(reply, options, maxBytes)))
        {
            if (activities.Count > 0 && Joined(activities[^1], activity) is { } joined && Size(joined) <= budget)
                activities[^1] = joined;
            else
                activities.Add(activity);
        }
        return activities;
    }

    /// <summary>
    /// The two as one message when the first is plain text (no buttons of its own, which belong at the end) and the
    /// second is text or a card without text; null otherwise (a card and then text would read in the wrong order).
    /// </summary>
    private static Activity? Joined(Activity first, Activity second)
    {
        if (first.Attachments is { Count: > 0 } || first.SuggestedActions is not null || string.IsNullOrEmpty(first.Text))
            return null;
        if (second.Attachments is { Count: > 0 })
        {
            return string.IsNullOrEmpty(second.Text)
                ? second with { Text = first.Text, TextFormat = first.TextFormat }
                : null;
        }
        return second.TextFormat == first.TextFormat
            ? second with { Text = $"{first.Text}\n\n{second.Text}" }
            : null;
    }

    public static IReadOnlyList<Activity> Render(Reply reply, ActivityRenderingOptions options, int maxBytes = MaxMessageBytes)
    {
        var activity = ActivityRenderer.Render(reply, options);
        var budget = maxBytes - AddressingAllowance;
        if (Size(activity) <= budget)
            return [activity];
        return activity.Attachments is { Count: > 0 }
            ? SplitCard(AdaptiveCardBuilder.Build(reply, options.ChoiceButtons), activity, budget)
            : SplitText(activity, budget);
    }

    private static List<Activity> SplitCard(AdaptiveCard card, Activity whole, int budget)
    {
        var emptySize = Size(ActivityRenderer.CardAttachment(card with { Body = [] }));
        var parts = Chunk(card.Body, element => Size(element), budget - emptySize);
        return parts.Select((part, i) => whole with
        {
            Attachments = [ActivityRenderer.CardAttachment(card with { Body = part })],
            InputHint = i == parts.Count - 1 ? whole.InputHint : null,
            Summary = i == 0 ? whole.Summary : null,
        }).ToList();
    }

    private static List<Activity> SplitText(Activity whole, int budget)
    {
        var lines = (whole.Text ?? "").ReplaceLineEndings("\n").Split('\n');
        var rest = Size(whole with { Text = "" });
        var parts = Chunk(lines, line => (line.Length + 1) * 2 * 2, budget - rest);
        return parts.Select((part, i) => whole with
        {
            Text = string.Join('\n', part),
            SuggestedActions = i == parts.Count - 1 ? whole.SuggestedActions : null,
            InputHint = i == parts.Count - 1 ? whole.InputHint : null,
        }).ToList();
    }

    /// <summary>Greedy: as many items in a part as fit; an item too large on its own goes alone.</summary>
    private static List<List<T>> Chunk<T>(IEnumerable<T> items, Func<T, int> size, int budget)
    {
        var parts = new List<List<T>> { new() };
        var used = 0;
        foreach (var item in items)
        {
            var itemSize = size(item);
            if (used + itemSize > budget && parts[^1].Count > 0)
            {
                parts.Add([]);
                used = 0;
            }
            parts[^1].Add(item);
            used += itemSize;
        }
        return parts;
    }

    /// <summary>Teams measures the payload as UTF-16: two bytes a character.</summary>
    private static int Size(Activity activity) => JsonLength.InUtf16(activity, BotFrameworkJsonContext.Default.Activity) * 2;

    private static int Size(Attachment attachment) => attachment.Content?.GetRawText().Length * 2 ?? 0;

    private static int Size(AdaptiveElement element) =>
        (JsonLength.InUtf16(new AdaptiveCard([element]), AdaptiveCardJsonContext.Default.AdaptiveCard)
         - JsonLength.InUtf16(new AdaptiveCard([]), AdaptiveCardJsonContext.Default.AdaptiveCard) + 1) * 2;
}
