namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// A ticket a helpdesk system opened for a case: the system (<c>servicenow</c>, <c>jira</c>) and its number there
/// (<c>INC0010023</c>, <c>HD-42</c>), so the conversation can tell the user what to quote.
/// </summary>
public sealed record HelpdeskTicket(string CaseId, string System, string Number, DateTimeOffset Created)
{
    /// <summary>The ticket's page for an agent, when the system gives one.</summary>
    public string? Url { get; init; }
}

/// <summary>The tickets opened for cases, one per case and helpdesk system.</summary>
public interface ITicketLog
{
    /// <summary>Keeps <paramref name="ticket"/>; a case's first ticket in a system stays, a second one for the same pair is ignored.</summary>
    Task RecordAsync(HelpdeskTicket ticket, CancellationToken cancellationToken);

    /// <summary>The case's tickets, oldest first; empty while none was opened.</summary>
    Task<IReadOnlyList<HelpdeskTicket>> ForCaseAsync(string caseId, CancellationToken cancellationToken);
}
