namespace RdpHelpBot.Agent.Reporting;

/// <summary>Where Windows keeps the settings the agent reports (all under HKEY_LOCAL_MACHINE).</summary>
internal static class RegistryPaths
{
    public const string RdpTcp = @"SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";
    public const string TerminalServicesPolicy = @"SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services";
    public const string SchannelProtocols = @"SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols";

    public static IReadOnlyList<string> TlsProtocols { get; } = ["TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3"];

    public static string SchannelServer(string protocol) => $@"{SchannelProtocols}\{protocol}\Server";
}
