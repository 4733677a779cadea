namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>
/// The RDP-Tcp listener's security settings: the values under
/// <c>HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp</c>, the Group Policy values under
/// <c>HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services</c> that override them, and the result. Null
/// means the value is not set.
/// </summary>
/// <param name="SecurityLayer">0 = RDP security only, 1 = negotiate, 2 = TLS.</param>
/// <param name="UserAuthentication">1 = Network Level Authentication required, 0 = not required.</param>
/// <param name="SslCertificateSha1Hash">The thumbprint of a custom listener certificate, upper-case hex.</param>
public sealed record ListenerReport(
    int? SecurityLayer,
    int? UserAuthentication,
    string? SslCertificateSha1Hash,
    int? PolicySecurityLayer,
    int? PolicyUserAuthentication)
{
    public int? EffectiveSecurityLayer => PolicySecurityLayer ?? SecurityLayer;

    public int? EffectiveUserAuthentication => PolicyUserAuthentication ?? UserAuthentication;
}
