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

    /// <summary>Addresses probed at the same time during a pass (default 64).</summary>
    public int Parallelism { get; set; } = 64;

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
