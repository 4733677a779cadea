using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>One decision as it is kept: who asked, for what, which addresses were seen, and the outcome.</summary>
internal sealed record CheckAuditEntry(
    DateTimeOffset When,
    string UserId,
    string Typed,
    string? Host,
    IReadOnlyList<IPAddress> Addresses,
    bool Allowed,
    HostCheckRefusal Refusal,
    string Reason);
