using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Checks.Probe;

internal enum DnsStatus
{
    Resolved,
    /// <summary>The host was an IP address; nothing to resolve.</summary>
    NotNeeded,
    /// <summary>The address was decided before the probe (the safety policy resolved the name once); not resolved again.</summary>
    Decided,
    Failed,
    TimedOut,
}

/// <summary>The A/AAAA lookup of the host name.</summary>
internal sealed record DnsResult(DnsStatus Status, IReadOnlyList<string> Addresses, long ElapsedMilliseconds, string? Error = null)
{
    [JsonIgnore]
    public bool HasAddresses => Addresses.Count > 0;
}
