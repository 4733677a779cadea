namespace RdpHelpBot.Bot.Checks.Safety;

internal interface ICheckAuditLog
{
    Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken);
}
