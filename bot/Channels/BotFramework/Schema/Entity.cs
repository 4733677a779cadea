using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>
/// Extra meaning attached to an activity (mention, clientInfo, …). Mentions are typed; everything else is
/// kept as it came so it can be sent on unchanged.
/// </summary>
internal sealed record Entity
{
    public const string MentionType = "mention";

    public required string Type { get; init; }

    /// <summary>For a mention: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the markup in the message text, e.g. <c>&lt;at&gt;RdpHelpBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
