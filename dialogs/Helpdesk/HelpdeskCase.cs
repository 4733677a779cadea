using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// A case handed to the helpdesk, from the hand-over until a person resolves it, releases it for good or the user goes
/// back to the bot: who has it, where it is posted, and what came of it. Kept in <see cref="ICaseStore"/>; every
/// change is saved on the <see cref="Version"/> it was read at, so two agents (or two instances) cannot both win.
/// </summary>
public sealed record HelpdeskCase
{
    public required string CaseId { get; init; }

    /// <summary>The conversation the user handed the case over in; what an agent writes goes there.</summary>
    public required ConversationKey UserConversation { get; init; }

    /// <summary>Where the user is reached when the bot speaks first (a Bot Framework conversation's Connector included).</summary>
    public required ConversationAddress UserAddress { get; init; }

    public required string UserId { get; init; }

    /// <summary>The user's name as the channel gave it; null when it gave none.</summary>
    public string? UserName { get; init; }

    public EscalationReason Reason { get; init; }

    /// <summary>Everything the helpdesk gets about the case, as handed over.</summary>
    public required CasePacket Packet { get; init; }

    public CaseState State { get; init; } = CaseState.Waiting;

    /// <summary>Who has the case; null while it waits.</summary>
    public HelpdeskAgent? Agent { get; init; }

    /// <summary>Where the case is posted for the helpdesk (a Slack channel's thread, a Teams channel's reply chain).</summary>
    public IReadOnlyList<HelpdeskThread> Threads { get; init; } = [];

    /// <summary>When the case was handed over.</summary>
    public DateTimeOffset Escalated { get; init; }

    /// <summary>When someone last wrote, on either side, or the case last changed hands.</summary>
    public DateTimeOffset LastActivity { get; init; }

    /// <summary>When the helpdesk was last reminded of the waiting case (the first post counts); null before that.</summary>
    public DateTimeOffset? LastPinged { get; init; }

    public DateTimeOffset? Claimed { get; init; }

    /// <summary>When the case left the helpdesk (resolved, back to the bot, closed).</summary>
    public DateTimeOffset? Ended { get; init; }

    /// <summary>The agent's closing note, as written after <c>resolve</c>.</summary>
    public string? ResolutionNote { get; init; }

    /// <summary>The knowledge base's id of the fix that worked, when the agent named one.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>Whether the user was told, while the case waited, that what they write is added to it (told once per wait).</summary>
    public bool WaitingAcknowledged { get; init; }

    /// <summary>The version this case was read at; a save that finds another version stored fails with a conflict.</summary>
    public long Version { get; init; }

    public bool IsLive => State is CaseState.Waiting or CaseState.Claimed;
}

public enum CaseState
{
    /// <summary>Handed over; no agent has claimed it (again, after a release).</summary>
    Waiting,

    /// <summary>An agent has it: the conversation is relayed, the bot does not diagnose.</summary>
    Claimed,

    /// <summary>The agent resolved it.</summary>
    Resolved,

    /// <summary>The user went back to the bot.</summary>
    ReturnedToBot,

    /// <summary>Closed without a resolution (the live chat went idle, or the case was only ticketed).</summary>
    Closed,
}

/// <summary>A helpdesk agent as the channel verified them.</summary>
/// <param name="Id">The verified id (Teams: the AAD object id; Slack: <c>team:user</c>), as in <c>Escalation:Agents</c>.</param>
/// <param name="Name">How the user and the helpdesk see them named.</param>
public sealed record HelpdeskAgent(string Id, string Name);

/// <summary>
/// A post of the case in a helpdesk channel and the thread under it: <paramref name="Thread"/> is the conversation the
/// channel reports for replies in that thread (Slack <c>team:channel:ts</c>; Teams <c>19:…;messageid=…</c>), and
/// <paramref name="Address"/> where the bot writes into it; <paramref name="CardId"/> is the channel's id of the card
/// (Slack <c>ts</c>, Teams activity id), replaced in place when the case changes hands.
/// </summary>
public sealed record HelpdeskThread(ConversationKey Thread, ConversationAddress Address, string CardId);
