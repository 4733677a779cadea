using System.Diagnostics.CodeAnalysis;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Names one conversation across channels; its text form <c>{channel}:{conversation}</c> is the state key.
/// Channel ids contain no colon; conversation ids may (Teams ids do), so only the first colon separates.
/// </summary>
public sealed record ConversationKey
{
    public ConversationKey(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (channelId.Contains(':', StringComparison.Ordinal))
            throw new ArgumentException($"A channel id cannot contain ':', but got '{channelId}'.", nameof(channelId));
        ChannelId = channelId;
        ConversationId = conversationId;
    }

    public string ChannelId { get; }

    public string ConversationId { get; }

    public static bool TryParse(string key, [NotNullWhen(true)] out ConversationKey? parsed)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        parsed = colon > 0 && colon < key.Length - 1 && !string.IsNullOrWhiteSpace(key[(colon + 1)..])
            ? new ConversationKey(key[..colon], key[(colon + 1)..])
            : null;
        return parsed is not null;
    }

    public override string ToString() => $"{ChannelId}:{ConversationId}";
}
