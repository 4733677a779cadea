using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;

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

    /// <summary>
    /// The user's id as the channel verified it (Teams: the AAD object id; Slack: team and user id), or null when
    /// the client chose the id itself. Only a verified id may run host checks.
    /// </summary>
    public string? VerifiedUserId { get; init; }

    /// <summary>The user's display name as the channel gave it (Teams <c>from.name</c>); null when it gave none.</summary>
    public string? UserName { get; init; }

    /// <summary>
    /// The people the message mentions, other than the bot, with ids the channel verified; in <see cref="Text"/> each
    /// reads <c>@Name</c>. Empty when none, or when the channel vouched for nothing (local mode).
    /// </summary>
    public IReadOnlyList<MentionedUser> Mentions { get; init; } = [];

    /// <summary>
    /// For a channel that keeps the replies it sends (Direct Line's history): what to write for an attempt's replies,
    /// in the same transaction as the turn's state, so a crash keeps both or neither. The replies of a turn that
    /// failed or kept conflicting are written too, on their own. Null: the channel sends the replies after the turn.
    /// </summary>
    public Func<IReadOnlyList<Reply>, IStateWriteParticipant>? KeepReplies { get; init; }

    /// <summary>
    /// For a channel that tells its client when a case is handed over (Direct Line's <c>handoff.initiate</c> event):
    /// what to write for the packets an attempt handed over, in the transaction of its state, after its
    /// <see cref="KeepReplies"/>. Not called for an attempt that handed nothing over.
    /// </summary>
    public Func<IReadOnlyList<CasePacket>, IStateWriteParticipant>? KeepHandOvers { get; init; }
}
