using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Bot.Checks;

namespace RdpHelpBot.Bot.Tests.Checks;

/// <summary>The host agent's listener and certificate reports, as the helpdesk reads them in a case packet.</summary>
public sealed class PacketCheckDetailsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ListenerAccepts_PolicyRequiresTlsAndNla_SaysSoAndNamesThePolicy()
    {
        var listener = new ListenerReport(SecurityLayer: 1, UserAuthentication: 0, SslCertificateSha1Hash: "3F2A9C0D", PolicySecurityLayer: 2, PolicyUserAuthentication: 1);

        Assert.Equal(
            ["TLS only (Group Policy)", "Network Level Authentication required (Group Policy)", "listener certificate set to thumbprint 3F2A9C0D"],
            PacketCheckDetails.ListenerAccepts(listener));
    }

    [Fact]
    public void Certificate_ConfiguredCertificateExpired_IsExpiredWithItsThumbprint()
    {
        var entry = new CertificateEntry("Remote Desktop", "3F2A9C0D", "CN=fs01.contoso.com", Now.AddYears(-1), Now.AddDays(-3), new PrivateKeyReport(Present: true));

        var certificate = PacketCheckDetails.Certificate(entry, Now);

        Assert.Equal(("CN=fs01.contoso.com", "3F2A9C0D", "expired"), (certificate.Subject, certificate.Thumbprint, certificate.Validity));
    }
}
