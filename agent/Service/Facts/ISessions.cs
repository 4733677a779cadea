namespace RdpHelpBot.Agent.Facts;

/// <summary>The Remote Desktop sessions on this machine.</summary>
internal interface ISessions
{
    IReadOnlyList<HostSession> List();
}

/// <summary>One session as the Windows Terminal Services API reports it.</summary>
internal sealed record HostSession(int SessionId, HostSessionState State, string UserName, string? Domain);

/// <summary>WTS_CONNECTSTATE_CLASS, in its order.</summary>
internal enum HostSessionState
{
    Active,
    Connected,
    ConnectQuery,
    Shadow,
    Disconnected,
    Idle,
    Listen,
    Reset,
    Down,
    Init,
}
