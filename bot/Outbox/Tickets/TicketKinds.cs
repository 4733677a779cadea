namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>The ticket systems, as outbox kinds and as <see cref="Dialogs.Escalation.HelpdeskTicket.System"/>.</summary>
internal static class TicketKinds
{
    public const string ServiceNow = "servicenow";
    public const string Jira = "jira";

    public static string Kind(string system) => $"ticket.{system}";

    /// <summary>A case's row for one system: the same case gives the same id, so it is never kept twice.</summary>
    public static string RowId(string caseId, string system) => $"ticket_{caseId}_{system}";
}
