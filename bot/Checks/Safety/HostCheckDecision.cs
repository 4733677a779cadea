using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// The policy's answer. When allowed, <see cref="ConnectTo"/> is the one address that was checked and the probe
/// must connect to it rather than resolve the name again.
/// </summary>
internal sealed record HostCheckDecision(HostTarget? Target, IPAddress? ConnectTo, HostCheckRefusal Refusal, string Message)
{
    public bool IsAllowed => Refusal == HostCheckRefusal.None;

    /// <summary>
    /// The decision as it was audited (a scheduled check that was allowed: as it is to be audited, see
    /// <see cref="HostCheckPolicy.AuthoriseScheduledAsync"/>); the check records its findings under the same id.
    /// </summary>
    public CheckAuditEntry? Audit { get; init; }

    public static HostCheckDecision Allow(HostTarget target, IPAddress connectTo) =>
        new(target, connectTo, HostCheckRefusal.None, $"I may check {target.Display} at {connectTo}.");

    public static HostCheckDecision Refuse(HostTarget? target, HostCheckRefusal refusal, string message) =>
        new(target, null, refusal, message);
}
