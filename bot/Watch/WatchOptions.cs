namespace RdpHelpBot.Bot.Watch;

/// <summary>Configuration section <c>Watch</c>: which RDP hosts' certificates are watched, how often, and when to warn.</summary>
public sealed class WatchOptions
{
    public const string SectionName = "Watch";

    /// <summary>Time between passes (default 6 hours), each moved by up to ±10 % at random so instances spread out.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Days before a CA-issued certificate expires to warn at (default 30, 14, 7, 3, 1).</summary>
    public int[] Thresholds { get; set; } = [30, 14, 7, 3, 1];

    /// <summary>How long a host must fail every probe before its subscribers are told it cannot be checked (default 24 hours).</summary>
    public TimeSpan UnreachableAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a pass's lease lasts unless its holder renews it (every third of it) (default 2 minutes): after an instance
    /// dies mid-pass, the next pass (another instance's, or its own once restarted) runs when this has passed.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Addresses probed at the same time during a pass (default 64).</summary>
    public int Parallelism { get; set; } = 64;

    /// <summary>
    /// Hours in which warnings that can wait are held until the hours end (e.g. <c>22:00-07:00</c>), in the recipient's
    /// time zone when known, else <see cref="TimeZone"/>; default none. A certificate 3 days or less from expiry, or
    /// expired, is said at once.
    /// </summary>
    public string? QuietHours { get; set; }

    /// <summary>The time zone quiet hours and the digest are read in when the recipient's is not known (IANA or Windows id; default UTC).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>When a person gets the day's digest (default 08:00), in their time zone as for <see cref="QuietHours"/>.</summary>
    public TimeSpan DigestTime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>More warnings that can wait than this, for one person in one pass, go out as one digest at <see cref="DigestTime"/> (default 5).</summary>
    public int DigestAbove { get; set; } = 5;

    /// <summary>Hosts watched from the settings: <c>Watch:Hosts:N:Host</c>, <c>Port</c>, <c>Owners</c>, <c>Channel</c>, <c>Thresholds</c>.</summary>
    public List<WatchHostSetting> Hosts { get; set; } = [];
}

public sealed class WatchHostSetting
{
    /// <summary>The host name or address, as the host checks read it.</summary>
    public string? Host { get; set; }

    /// <summary>The RDP port (default 3389).</summary>
    public int? Port { get; set; }

    /// <summary>The people who hear about it: <c>CHANNEL:USER</c>, e.g. <c>slack:T0123:U0456</c> or <c>msteams:29:1a2b…</c>.</summary>
    public List<string> Owners { get; set; } = [];

    /// <summary>A conversation that hears about it: <c>CHANNEL:ID</c>, e.g. <c>slack:T0123:C0789</c>.</summary>
    public string? Channel { get; set; }

    /// <summary>Days before expiry to warn at for this host instead of <c>Watch:Thresholds</c>.</summary>
    public int[]? Thresholds { get; set; }
}
