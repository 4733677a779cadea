namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>The ticket log in process memory: for tests and throw-away runs.</summary>
public sealed class InMemoryTicketLog : ITicketLog
{
    private readonly Lock _lock = new();
    private readonly List<HelpdeskTicket> _tickets = [];

    public Task RecordAsync(HelpdeskTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_lock)
        {
            if (!_tickets.Any(kept => kept.CaseId == ticket.CaseId && kept.System == ticket.System))
                _tickets.Add(ticket);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HelpdeskTicket>> ForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<HelpdeskTicket>>([.. _tickets.Where(t => t.CaseId == caseId).OrderBy(t => t.Created)]);
    }
}
