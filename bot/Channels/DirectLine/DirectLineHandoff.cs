using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The Bot Framework handoff protocol's events, as the SDK's <c>EventFactory</c> makes them: the bot asks an agent hub
/// to take the conversation with <c>handoff.initiate</c> (the case packet as its value, the conversation so far as an
/// <c>application/json</c> attachment named "Transcript" shaped as a Bot Framework transcript, <c>{"activities": […]}</c>);
/// the hub answers with <c>handoff.status</c> events whose value's <c>state</c> is <c>accepted</c>, <c>failed</c> or
/// <c>completed</c>.
/// </summary>
internal static class DirectLineHandoff
{
    public const string InitiateName = "handoff.initiate";
    public const string StatusName = "handoff.status";
    public const string TranscriptName = "Transcript";

    /// <summary>The most activities of the conversation the transcript carries, newest kept.</summary>
    private const int MaxTranscriptActivities = 100;

    /// <summary>The <c>handoff.initiate</c> event for <paramref name="packet"/>, answering <paramref name="incoming"/>.</summary>
    public static Activity Initiation(DirectLineConversation conversation, Activity incoming, CasePacket packet) => new Activity
    {
        Type = ActivityTypes.Event,
        Name = InitiateName,
        Value = JsonSerializer.SerializeToElement(packet, CasePacketJsonContext.Default.CasePacket),
        Attachments = [new Attachment("application/json") { Name = TranscriptName, Content = Transcript(conversation) }],
    }.ReplyTo(incoming);

    /// <summary>The state a posted <c>handoff.status</c> event reports ("" when it names none); null when the activity is not one.</summary>
    public static string? StatusState(JsonObject posted)
    {
        if (!Is(posted["type"], ActivityTypes.Event) || !Is(posted["name"], StatusName))
            return null;
        return posted["value"] is JsonObject value && value["state"] is JsonValue state && state.TryGetValue<string>(out var text) ? text : "";
    }

    private static bool Is(JsonNode? node, string expected) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text == expected;

    /// <summary>The conversation's messages so far, their texts with secrets redacted, as a Bot Framework transcript.</summary>
    private static JsonElement Transcript(DirectLineConversation conversation)
    {
        var messages = conversation.After(0, int.MaxValue).Activities
            .Where(activity => activity.TryGetProperty("type", out var type) && type.ValueEquals(ActivityTypes.Message))
            .TakeLast(MaxTranscriptActivities);
        var activities = new JsonArray();
        foreach (var message in messages)
        {
            var entry = new JsonObject { ["type"] = ActivityTypes.Message };
            foreach (var field in (ReadOnlySpan<string>)["id", "timestamp", "from"])
            {
                if (message.TryGetProperty(field, out var value))
                    entry[field] = JsonNode.Parse(value.GetRawText());
            }
            if (message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                entry["text"] = SecretRedactor.Redact(text.GetString()!);
            activities.Add(entry);
        }
        using var document = JsonDocument.Parse(new JsonObject { ["activities"] = activities }.ToJsonString());
        return document.RootElement.Clone();
    }
}
