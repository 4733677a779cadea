using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// Which audited checks <c>audit</c> lists: those since a time, and, when given, of one user and of one host — the
/// host as typed, as checked, or one of its addresses (letter case is ignored).
/// </summary>
internal sealed record AuditFilter(DateTimeOffset Since, string? User, string? Host)
{
    public IReadOnlyList<CheckAuditEntry> Apply(IEnumerable<CheckAuditEntry> entries) =>
        [.. entries.Where(Matches).OrderByDescending(entry => entry.When)];

    private bool Matches(CheckAuditEntry entry) =>
        entry.When >= Since
        && (User is null || string.Equals(entry.UserId, User, StringComparison.OrdinalIgnoreCase))
        && (Host is null || IsHost(entry));

    private bool IsHost(CheckAuditEntry entry) =>
        string.Equals(entry.Host, Host, StringComparison.OrdinalIgnoreCase)
        || string.Equals(entry.Typed, Host, StringComparison.OrdinalIgnoreCase)
        || entry.Addresses.Contains(Host!, StringComparer.OrdinalIgnoreCase);
}
