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

    /// <summary>The channelData Teams asks for when a conversation is opened in <paramref name="tenantId"/>; null without one.</summary>
    public static JsonElement? ForTenant(string? tenantId) => tenantId is null
        ? null
        : JsonSerializer.SerializeToElement(new TeamsChannelData(new TeamsIdentifier(tenantId), null, null, null), TeamsJsonContext.Default.TeamsChannelData);
}

internal sealed record TeamsIdentifier(string? Id, string? Name = null);
