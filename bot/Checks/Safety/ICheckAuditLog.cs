namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Where every check is kept; recording an entry whose id is known replaces it.</summary>
internal interface ICheckAuditLog
{
    Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry, oldest first.</summary>
    Task<IReadOnlyList<CheckAuditEntry>> ListAsync(CancellationToken cancellationToken);
}
