using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// What a change to a case sends and keeps, recorded on the turn. Message ids carry the version the case was read at:
/// every change saves a new version, so a change's messages are named once, and a turn run again names them the same.
/// </summary>
internal readonly record struct CaseEffects(TurnContext Turn, HelpdeskCase Read, string Tag)
{
    private string Id => $"hd_{Read.CaseId}_v{Read.Version}_{Tag}";

    public void Save(HelpdeskCase changed) => Turn.Save(changed, Read.Version);

    public void ToUser(params Reply[] replies) =>
        Turn.Post(new OutgoingMessage($"{Id}_user", Read.UserAddress, replies));

    public void ToThreads(string text)
    {
        for (var index = 0; index < Read.Threads.Count; index++)
            Turn.Post(new OutgoingMessage($"{Id}_thread{index}", Read.Threads[index].Address, [new Reply(text)]));
    }

    /// <summary>The card in every thread, replaced in place with <paramref name="changed"/>.</summary>
    public void UpdateCards(HelpdeskCase changed)
    {
        foreach (var update in HelpdeskCard.Updates(changed, Id))
            Turn.Post(update);
    }

    public void Audit(string actorId, string? actorName, string action, bool allowed, string detail = "") =>
        Turn.Record(new HelpdeskAuditEntry(
            $"{Id}_{action}_{Guid.NewGuid():N}", Turn.Time.GetUtcNow(), Read.CaseId, actorId, actorName, action, allowed, detail));

    public void Publish(string type, HelpdeskCase changed) =>
        Turn.Publish(new TurnEvent(type, $"{TurnEventTypes.EventId(type, Read.CaseId)}_{Read.Version}", Turn.Time.GetUtcNow(), new CaseEvent
        {
            CaseId = changed.CaseId,
            ConversationId = changed.UserConversation.ConversationId,
            Channel = changed.UserConversation.ChannelId,
            UserId = changed.UserId,
            Summary = HelpdeskCaseSummary.Of(changed.Packet),
            ResolvedBy = changed.ResolvedBy,
            Case = changed,
        }));
}
