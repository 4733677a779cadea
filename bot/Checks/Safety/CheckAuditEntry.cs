namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// One check as it is kept: who asked, for what, which addresses were seen, whether it was allowed and why, and,
/// once the evidence is in, what was found (fact ids) and what could not be looked at. A check someone asks for is
/// recorded when the policy decides and again, under the same <see cref="Id"/>, when it has run; the certificate watch's
/// checks are recorded once, after the probe (or when it is cut short).
/// </summary>
internal sealed record CheckAuditEntry(
    string Id,
    DateTimeOffset When,
    string UserId,
    string Typed,
    string? Host,
    int? Port,
    IReadOnlyList<string> Addresses,
    bool Allowed,
    HostCheckRefusal Refusal,
    string Reason)
{
    /// <summary>The fact ids the check established; null while it has not run (or was refused).</summary>
    public IReadOnlyList<string>? Findings { get; init; }

    /// <summary>Why a source could not look, in plain words.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
