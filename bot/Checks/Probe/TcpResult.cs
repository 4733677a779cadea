namespace RdpHelpBot.Bot.Checks.Probe;

internal enum TcpStatus
{
    Connected,
    /// <summary>The host answered with a reset: nothing listens on the port, or a firewall rejects.</summary>
    Refused,
    /// <summary>No answer within the timeout: typically a firewall that drops packets.</summary>
    TimedOut,
    /// <summary>No route to the host or its network.</summary>
    Unreachable,
    Failed,
}

/// <summary>The TCP connection to the RDP port, made to a resolved address (the name is never resolved again).</summary>
internal sealed record TcpResult(TcpStatus Status, string Address, long ElapsedMilliseconds, string? Error = null);
