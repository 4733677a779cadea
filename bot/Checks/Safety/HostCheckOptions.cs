namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Configuration section <c>Checks</c>: which hosts the bot may probe, for whom, and how often.</summary>
public sealed class HostCheckOptions
{
    public const string SectionName = "Checks";

    /// <summary>Names (<c>rdp01.contoso.com</c>, <c>*.contoso.com</c>), CIDR ranges (<c>10.0.0.0/8</c>) and single IPs.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>User ids and group names that may ask for checks; empty means nobody.</summary>
    public List<string> AllowedUsers { get; set; } = [];

    /// <summary>The ports a check may connect to (default 3389 only), so a listed host cannot be port-scanned.</summary>
    public List<int> AllowedPorts { get; set; } = [];

    /// <summary>Named groups of user ids (<c>Checks:Groups:rdp-support: [ids]</c>) that <see cref="AllowedUsers"/> may name.</summary>
    public Dictionary<string, List<string>> Groups { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Channels whose user ids the client chooses (web chat, Direct Line) whose ids are nevertheless trusted for
    /// checks, as <c>channel:user</c>. Only for a local demo; never on a shared deployment.
    /// </summary>
    public List<string> TrustClientUserIdsOn { get; set; } = [];

    /// <summary>The whole check, every source together (default 30 s).</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool AllowLoopback { get; set; }

    public bool AllowLinkLocal { get; set; }

    public int ChecksPerUserPerWindow { get; set; } = 5;

    public int ChecksPerWindow { get; set; } = 60;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks are switched on once at least one host is allowed.</summary>
    public bool IsEnabled => AllowedHosts.Count > 0;

    public IReadOnlyList<int> EffectivePorts => AllowedPorts.Count > 0 ? AllowedPorts : [HostTarget.DefaultPort];

    /// <summary>One line for the start-up log: whether checks are on and for how many hosts and people.</summary>
    public string Describe() => IsEnabled
        ? $"on for {AllowedHosts.Count} host pattern(s) on port(s) {string.Join(", ", EffectivePorts)}; "
            + (AllowedUsers.Count > 0 ? $"{AllowedUsers.Count} user(s) or group(s) may ask" : "nobody may ask yet (set Checks:AllowedUsers)")
        : "off (list the hosts the bot may check in Checks:AllowedHosts)";
}
