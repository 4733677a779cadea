using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>The parts of Teams' <c>channelData</c> the bot reads: the tenant, the team and the channel.</summary>
internal sealed record TeamsChannelData(TeamsIdentifier? Tenant, TeamsIdentifier? Team, TeamsIdentifier? Channel, string? EventType)
{
    public static TeamsChannelData? From(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
            return null;
        try
        {
            return data.Deserialize(TeamsJsonContext.Default.TeamsChannelData);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record TeamsIdentifier(string? Id, string? Name = null);
