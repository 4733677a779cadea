using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>The events the agent counts: Remote Desktop certificate failures, Schannel credential errors, load, failed logons.</summary>
internal static class EventCatalog
{
    public const string RemoteConnectionManager = "Microsoft-Windows-TerminalServices-RemoteConnectionManager";
    public const string Schannel = "Schannel";
    public const string SecurityAuditing = "Microsoft-Windows-Security-Auditing";

    /// <summary>Counting stops here; a brute-force attack can log a failed logon every second.</summary>
    public const int CountLimit = 10_000;

    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public static IReadOnlyList<EventQuery> All { get; } =
    [
        new("System", RemoteConnectionManager, 1057),
        new("System", RemoteConnectionManager, 1058),
        new("System", Schannel, 36870),
        new("System", Schannel, 36871),
        new("System", Schannel, 36872),
        new("System", RemoteConnectionManager, 1006),
        new("Security", SecurityAuditing, 4625),
    ];
}
