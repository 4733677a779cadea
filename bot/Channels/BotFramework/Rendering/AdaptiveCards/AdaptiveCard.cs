using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;

/// <summary>
/// An Adaptive Card at schema 1.5, the newest Teams renders. Only the elements this bot draws are modelled.
/// </summary>
internal sealed record AdaptiveCard(IReadOnlyList<AdaptiveElement> Body)
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    public string Version => SchemaVersion;

    /// <summary>Teams draws cards narrow unless told to use the message's full width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; } = new("Full");
}

internal sealed record TeamsCardProperties(string Width);
