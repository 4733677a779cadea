using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>What the helpdesk side of the bot works with: the cases, who the agents are, where cases are posted.</summary>
public sealed record HelpdeskServices(ICaseStore Cases, IHelpdeskAgents Agents, IReadOnlyList<IHelpdeskChannel> Channels)
{
    /// <summary>Where the user of a case is reached when an agent writes; default: by the conversation's key.</summary>
    public ConversationAddresses? Addresses { get; init; }

    /// <summary>The ratings of resolved cases; null: no rating is asked.</summary>
    public IRatingStore? Ratings { get; init; }

    /// <summary>The helpdesk's actions, for finding an agent by the name they acted under (<c>transfer @name</c>).</summary>
    public IHelpdeskAuditLog? Audit { get; init; }

    /// <summary>The ticket systems, for the card's Open ticket; null when none is configured.</summary>
    public ITicketOutbox? Tickets { get; init; }

    /// <summary>The knowledge base, to tell a fix id in <c>resolve fix-id note</c> from the note's first word.</summary>
    public KnowledgeBase? Knowledge { get; init; }
}
