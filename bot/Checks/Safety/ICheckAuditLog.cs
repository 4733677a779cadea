namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Where every check is kept; recording an entry whose id is known replaces it.</summary>
internal interface ICheckAuditLog
{
    Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The entries made at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<CheckAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
