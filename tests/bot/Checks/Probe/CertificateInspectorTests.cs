using System.Security.Cryptography;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class CertificateInspectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan FourteenDays = TimeSpan.FromDays(14);

    [Fact]
    public void Inspect_ExpiredThreeDaysAgo_ReadsAsExpiredThreeDaysAgo()
    {
        var summary = Inspect("vm1", Now.AddDays(-400), Now.AddDays(-3).AddHours(-1));

        Assert.Equal((CertificateValidity.Expired, "expired 3 days ago"), (summary.Validity, CertificateWording.Expiry(summary)));
    }

    [Fact]
    public void Inspect_FortyOneDaysLeft_ReadsAsValidForFortyOneDays()
    {
        var summary = Inspect("vm1", Now.AddDays(-1), Now.AddDays(41).AddHours(1));

        Assert.Equal((CertificateValidity.Valid, "expires in 41 days"), (summary.Validity, CertificateWording.Expiry(summary)));
    }

    [Fact]
    public void Inspect_TenDaysLeft_IsExpiringSoon()
    {
        Assert.Equal(CertificateValidity.ExpiringSoon, Inspect("vm1", Now.AddDays(-1), Now.AddDays(10)).Validity);
    }

    [Fact]
    public void Inspect_StartsTomorrow_IsNotYetValid()
    {
        Assert.Equal(CertificateValidity.NotYetValid, Inspect("vm1", Now.AddDays(1), Now.AddDays(365)).Validity);
    }

    [Fact]
    public void Inspect_SelfSigned_SaysSo()
    {
        Assert.True(Inspect("vm1", Now.AddDays(-1), Now.AddDays(30)).SelfSigned);
    }

    [Fact]
    public void Inspect_IssuedByAnAuthority_IsNotSelfSigned()
    {
        using var authority = TestCertificates.Authority("Test CA", Now.AddDays(-10), Now.AddDays(100));
        using var certificate = TestCertificates.IssuedBy(authority, "vm1", Now.AddDays(-1), Now.AddDays(30));

        var summary = CertificateInspector.Inspect(certificate, "vm1", Now, FourteenDays);

        Assert.Equal((false, "CN=Test CA"), (summary.SelfSigned, summary.Issuer));
    }

    [Fact]
    public void Inspect_LikeWindowsRdpCertificate_ListsItsKeyUsages()
    {
        using var certificate = TestCertificates.SelfSigned("vm1", Now.AddDays(-1), Now.AddDays(30), likeWindowsRdp: true);

        var summary = CertificateInspector.Inspect(certificate, "vm1", Now, FourteenDays);

        Assert.Equal(["DataEncipherment", "KeyEncipherment"], summary.KeyUsages.Order());
    }

    [Fact]
    public void Inspect_LikeWindowsRdpCertificate_ListsServerAuthentication()
    {
        using var certificate = TestCertificates.SelfSigned("vm1", Now.AddDays(-1), Now.AddDays(30), likeWindowsRdp: true);

        var summary = CertificateInspector.Inspect(certificate, "vm1", Now, FourteenDays);

        Assert.Contains(TestCertificates.ServerAuthenticationOid, Assert.Single(summary.EnhancedKeyUsages), StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Certificate_GivesTheSha1ThumbprintAndKey()
    {
        using var certificate = TestCertificates.SelfSigned("vm1", Now.AddDays(-1), Now.AddDays(30));

        var summary = CertificateInspector.Inspect(certificate, "vm1", Now, FourteenDays);

        Assert.Equal((Convert.ToHexString(SHA1.HashData(certificate.RawData)), "RSA", 2048),
            (summary.Sha1Thumbprint, summary.KeyAlgorithm, summary.KeySize));
    }

    [Fact]
    public void Inspect_OtherHostName_IsANameMismatch()
    {
        Assert.Equal(NameMatch.Mismatch, Inspect("vm1.corp.example", Now.AddDays(-1), Now.AddDays(30), host: "vm2.corp.example").NameMatch);
    }

    [Fact]
    public void Inspect_HostInAlternativeNames_Matches()
    {
        using var certificate = TestCertificates.SelfSigned("vm1", Now.AddDays(-1), Now.AddDays(30), dnsNames: ["vm1", "vm1.corp.example"]);

        Assert.Equal(NameMatch.Matches, CertificateInspector.Inspect(certificate, "vm1.corp.example", Now, FourteenDays).NameMatch);
    }

    private static CertificateSummary Inspect(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter, string? host = null)
    {
        using var certificate = TestCertificates.SelfSigned(commonName, notBefore, notAfter);
        return CertificateInspector.Inspect(certificate, host ?? commonName, Now, FourteenDays);
    }
}
