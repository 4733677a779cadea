using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// A client's activity as the conversation keeps it: what the client sent (its <c>channelData</c> with the
/// <c>clientActivityID</c> included), plus the id, timestamp, conversation and, when the token names a user,
/// that user as <c>from</c>. Web Chat waits for this echo to mark its message as sent. An activity that is not
/// a message runs no turn, so it keeps only the fields that say who sent what kind of signal.
/// </summary>
internal static class IncomingActivity
{
    public const string DefaultChannelId = "directline";

    private static readonly FrozenSet<string> NonMessageFields = FrozenSet.Create(StringComparer.Ordinal,
        "type", "channelId", "from", "recipient", "conversation", "replyToId", "channelData", "locale", "localTimestamp",
        "localTimezone", "timestamp", "name", "value", "valueType");

    /// <summary>What is wrong with a posted activity, or null when it can be kept.</summary>
    public static string? Problem(JsonObject posted, string? tokenUserId)
    {
        if (ActivityShape.Problem(posted) is { } problem)
            return problem;
        if (posted["type"] is not JsonValue type || !type.TryGetValue<string>(out var typeName) || string.IsNullOrWhiteSpace(typeName))
            return "The activity's 'type' must be a non-empty string, e.g. \"message\".";
        if (tokenUserId is null && FromId(posted) is null)
            return "The activity's 'from.id' must name the user who sends it.";
        return null;
    }

    public static bool IsMessage(JsonObject posted) =>
        posted["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == ActivityTypes.Message;

    public static JsonElement Echo(JsonObject posted, string activityId, string conversationId, string? tokenUserId, DateTimeOffset now)
    {
        var echo = (JsonObject)posted.DeepClone();
        if (!IsMessage(posted))
        {
            foreach (var name in echo.Select(field => field.Key).Where(name => !NonMessageFields.Contains(name)).ToList())
                echo.Remove(name);
        }
        echo["id"] = activityId;
        echo["timestamp"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        echo["conversation"] = new JsonObject { ["id"] = conversationId };
        if (echo["channelId"] is null)
            echo["channelId"] = DefaultChannelId;
        if (echo["from"] is not JsonObject from)
        {
            from = [];
            echo["from"] = from;
        }
        if (tokenUserId is not null)
            from["id"] = tokenUserId;
        from["role"] ??= "user";
        return JsonSerializer.SerializeToElement(echo);
    }

    public static string? FromId(JsonObject activity) =>
        activity["from"] is JsonObject from && from["id"] is JsonValue id && id.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}
