namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Configuration section <c>Checks</c>: which hosts the bot may probe, for whom, and how often.</summary>
public sealed class HostCheckOptions
{
    public const string SectionName = "Checks";

    /// <summary>Names (<c>rdp01.contoso.com</c>, <c>*.contoso.com</c>), CIDR ranges (<c>10.0.0.0/8</c>) and single IPs.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>User ids and group names that may ask for checks; empty means nobody.</summary>
    public List<string> AllowedUsers { get; set; } = [];

    public bool AllowLoopback { get; set; }

    public bool AllowLinkLocal { get; set; }

    public int ChecksPerUserPerWindow { get; set; } = 5;

    public int ChecksPerWindow { get; set; } = 60;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
}
