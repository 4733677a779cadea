using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// What dialogs see of one turn: what the user sent, who and where, the clock, and the replies the dialogs
/// emit. Channels create it from their own message format and deliver <see cref="Outbox"/> afterwards.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Reply> outbox = [];
    private readonly List<TurnEvent> events = [];
    private readonly List<CaseOutcome> outcomes = [];
    private readonly List<CasePacket> packets = [];
    private readonly List<CasePacket> tickets = [];
    private readonly List<CaseSave> caseSaves = [];
    private readonly List<OutgoingMessage> messages = [];
    private readonly List<HelpdeskAuditEntry> audit = [];
    private readonly List<CaseRating> ratings = [];

    public TurnContext(
        string conversationId, string userId, string? text, TimeProvider time, string? choiceValue = null, string? eventName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(time);
        ConversationId = conversationId;
        UserId = userId;
        Text = text?.Trim() ?? "";
        ChoiceValue = string.IsNullOrWhiteSpace(choiceValue) ? null : choiceValue;
        Time = time;
        EventName = string.IsNullOrWhiteSpace(eventName) ? null : eventName;
    }

    public string ConversationId { get; }

    /// <summary>The channel the turn came from ("msteams", "slack", "console", …), recorded with outcomes.</summary>
    public string ChannelId { get; init; } = UnknownChannel;

    public const string UnknownChannel = "unknown";

    public string UserId { get; }

    /// <summary>The user's id as the channel verified it, or null when the client chose <see cref="UserId"/> itself.</summary>
    public string? VerifiedUserId { get; init; }

    /// <summary>The user's display name as the channel gave it; null when it gave none.</summary>
    public string? UserName { get; init; }

    /// <summary>The people the message mentions, with the ids the channel verified (see <see cref="TurnRequest.Mentions"/>).</summary>
    public IReadOnlyList<MentionedUser> Mentions { get; init; } = [];

    /// <summary>What the user typed, trimmed; empty when they only clicked a button.</summary>
    public string Text { get; }

    /// <summary>The <see cref="Choice.Value"/> of the button the user clicked, if any.</summary>
    public string? ChoiceValue { get; }

    public TimeProvider Time { get; }

    /// <summary>Set when the turn is not a user message but an event, such as <see cref="TurnEvents.Idle"/>.</summary>
    public string? EventName { get; }

    /// <summary>Values that live for this turn only, e.g. an understanding of <see cref="Text"/> computed once.</summary>
    public IDictionary<string, object> Items { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public IReadOnlyList<Reply> Outbox => outbox;

    /// <summary>The events this turn raised; kept in the outbox with the turn's state, only if it is saved.</summary>
    public IReadOnlyList<TurnEvent> Events => events;

    /// <summary>The outcomes of the cases this turn ended; saved with the turn's state, only if it is saved.</summary>
    public IReadOnlyList<CaseOutcome> Outcomes => outcomes;

    /// <summary>The packets of the cases this turn handed over (for a channel's own hand-over event); kept with the turn's state, only if it is saved.</summary>
    public IReadOnlyList<CasePacket> Packets => packets;

    /// <summary>The packets of the cases this turn sends to the ticket systems at once; kept with the turn's state, only if it is saved.</summary>
    public IReadOnlyList<CasePacket> Tickets => tickets;

    /// <summary>
    /// Whether the channel passes a handed-over case to an agent hub of its own (Direct Line's handoff protocol, when
    /// switched on), so the case waits for a person even where no helpdesk channel has it.
    /// </summary>
    public bool HasAgentHub { get; init; }

    /// <summary>Keeps a case's outcome with this turn; a later one for the same case replaces it.</summary>
    public void Record(CaseOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        outcomes.RemoveAll(kept => kept.CaseId == outcome.CaseId);
        outcomes.Add(outcome);
    }

    /// <summary>The helpdesk cases this turn changed, each with the version it read; saved with the turn's state (a conflict runs the turn again).</summary>
    public IReadOnlyList<CaseSave> CaseSaves => caseSaves;

    /// <summary>Messages to other conversations (a helpdesk thread, the user of a case); written with the turn's state and sent once it is kept.</summary>
    public IReadOnlyList<OutgoingMessage> Messages => messages;

    /// <summary>The helpdesk actions this turn took or refused; kept with the turn's state.</summary>
    public IReadOnlyList<HelpdeskAuditEntry> Audit => audit;

    /// <summary>The ratings this turn asked for or received; kept with the turn's state.</summary>
    public IReadOnlyList<CaseRating> Ratings => ratings;

    /// <summary>
    /// Keeps a change to a helpdesk case with this turn, to be saved on <paramref name="expectedVersion"/> (null: a new
    /// case); a later save of the same case replaces it and keeps the version first read.
    /// </summary>
    public void Save(HelpdeskCase helpdeskCase, long? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(helpdeskCase);
        var earlier = caseSaves.FindIndex(kept => kept.Case.CaseId == helpdeskCase.CaseId);
        if (earlier >= 0)
            caseSaves[earlier] = caseSaves[earlier] with { Case = helpdeskCase };
        else
            caseSaves.Add(new CaseSave(helpdeskCase, expectedVersion));
    }

    /// <summary>Keeps a message to another conversation with this turn; sent only if the turn is saved.</summary>
    public void Post(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        messages.Add(message);
    }

    public void Record(HelpdeskAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        audit.Add(entry);
    }

    /// <summary>Keeps a case's rating (or the request for one) with this turn; a later one for the same case replaces it.</summary>
    public void Record(CaseRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ratings.RemoveAll(kept => kept.CaseId == rating.CaseId);
        ratings.Add(rating);
    }

    /// <summary>Keeps a handed-over case's packet with this turn; a later one for the same case replaces it.</summary>
    public void Record(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        packets.RemoveAll(kept => kept.CaseId == packet.CaseId);
        packets.Add(packet);
    }

    /// <summary>Opens tickets for a handed-over case in every configured ticket system, with this turn; once per case.</summary>
    public void RequestTickets(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        tickets.RemoveAll(kept => kept.CaseId == packet.CaseId);
        tickets.Add(packet);
    }

    public void Publish(TurnEvent turnEvent)
    {
        ArgumentNullException.ThrowIfNull(turnEvent);
        events.Add(turnEvent);
    }

    public Task SendAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        outbox.Add(reply);
        return Task.CompletedTask;
    }
}
