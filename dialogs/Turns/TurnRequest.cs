namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// One incoming turn, neutral of any channel: what a channel adapter hands to <see cref="TurnPipeline"/>.
/// A message carries <see cref="Text"/> and/or <see cref="ChoiceValue"/>; an event carries <see cref="EventName"/>.
/// </summary>
public sealed record TurnRequest(
    string ChannelId,
    string ConversationId,
    string UserId,
    string? Text = null,
    string? ChoiceValue = null,
    string? EventName = null)
{
    public ConversationKey Key => new(ChannelId, ConversationId);
}
