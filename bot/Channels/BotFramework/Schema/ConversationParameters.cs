using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>The body of <c>POST v3/conversations</c>: start a conversation (a proactive message).</summary>
internal sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? TenantId { get; init; }
}

/// <summary>What Teams answers for a team's channels (<c>GET v3/teams/{teamId}/conversations</c>).</summary>
internal sealed record ConversationList(IReadOnlyList<Teams.TeamsIdentifier>? Conversations);

/// <summary>What <c>POST v3/conversations</c> answers.</summary>
internal sealed record ConversationResourceResponse(string? Id)
{
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}
