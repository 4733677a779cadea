using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// A certificate listing the user pastes (PowerShell, certutil, the certificate dialog, openssl) is read for its
/// expiry dates against today: when every certificate in it has expired, so has the RDP certificate. The thumbprint
/// the listener is set to, pasted beside a store's certificates, shows whether its certificate is still there.
/// </summary>
public sealed class CertificateListingReadingTests
{
    private static readonly KnowledgeBase Knowledge = UnderstandingFixture.LoadKnowledge();

    private const string RemoteDesktopStore =
        "RDP to vm-app01 fails with 0x904 (extended 0x7) for everyone since the weekend. Got in through Run Command:\n\n"
        + "PS> Get-ChildItem Cert:\\LocalMachine\\\"Remote Desktop\" | fl Subject,NotBefore,NotAfter,Thumbprint\n"
        + "Subject    : CN=vm-app01\nNotBefore  : 5/30/2026 3:12:44 AM\nNotAfter   : 11/29/2026 3:12:44 PM\n"
        + "Thumbprint : 6E1F0C2A9B7D44E3A1C85F2B90D4E7A3C1B2F6D8\n\nNothing else in that store. Any idea?";

    /// <summary>The listing's NotAfter is 29 November 2026: read after it, renewing the certificate comes first.</summary>
    [Theory]
    [InlineData("2026-12-03", true)]
    [InlineData("2026-11-20", false)]
    public void PastedListing_IsReadAgainstToday(string today, bool expired)
    {
        var read = ReadOn(DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture), RemoteDesktopStore);

        Assert.Equal(expired, read.Facts.Contains(WellKnownFacts.CertificateExpired));
        var first = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithReading(read, Knowledge)).Causes[0];
        Assert.Equal(expired, first.Cause.Id == "expired-self-signed-cert");
    }

    public static TheoryData<string, bool> Listings => new()
    {
        // certutil -store "Remote Desktop"
        { "0x904 here. certutil says:\n Issuer: CN=APP07.corp.local\n NotBefore: 8/3/2024 4:12 AM\n NotAfter: 2/2/2025 4:12 AM\n Subject: CN=APP07.corp.local", true },
        // The certificate dialog, day first.
        { "The certificate on the server:\nIssued to: SRV01\nValid from: 01/06/2026\nValid to: 29/11/2026 15:12:44", true },
        // The certificate dialog, month name and weekday.
        { "error 0x904. Valid to: Sunday, 29 November 2026 15:12:44", true },
        // openssl s_client | openssl x509 -noout -dates
        { "openssl shows notBefore=May 30 03:12:44 2026 GMT and\nNot After : Nov 29 15:12:44 2026 GMT", true },
        // German Windows.
        { "Ablaufdatum im Zertifikat:\nNotAfter : 29.11.2026 15:12:44", true },
        // A table with one expired and one valid certificate: the listener may well use the valid one.
        {
            "PS> Get-ChildItem Cert:\\LocalMachine\\My | Select Thumbprint, Subject, NotAfter\n"
            + "Thumbprint                               Subject                 NotAfter\n"
            + "----------                               -------                 --------\n"
            + "C91D22E07B6A5F43180E9D2B7A6C5F10E3D4B2A1 CN=app01.corp.local     14/10/2027 09:12:44\n"
            + "7F3A9C0E21D45B8E6A0F12C3D4E5F60718293A4B CN=app01.corp.local     14/10/2025 09:12:44\n",
            false
        },
        // The same table with both expired.
        {
            "PS> Get-ChildItem Cert:\\LocalMachine\\My | Select Thumbprint, Subject, NotAfter\n"
            + "Thumbprint                               Subject                 NotAfter\n"
            + "----------                               -------                 --------\n"
            + "C91D22E07B6A5F43180E9D2B7A6C5F10E3D4B2A1 CN=app01.corp.local     14/10/2026 09:12:44\n"
            + "7F3A9C0E21D45B8E6A0F12C3D4E5F60718293A4B CN=app01.corp.local     14/10/2025 09:12:44\n",
            true
        },
        // 5/6/2026 is May 6 in the US and 5 June elsewhere: on 20 May it is not known to have passed.
        { "NotAfter : 5/6/2026 1:00:00 AM", false },
        // Not a date.
        { "NotAfter : (see screenshot)", false },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public void ExpiryDates_InEveryCommonSpelling(string message, bool expired)
    {
        var today = message.Contains("5/6/2026", StringComparison.Ordinal) ? new DateTime(2026, 5, 20) : new DateTime(2026, 12, 3);

        var read = ReadOn(today, message);

        Assert.Equal(expired, read.Facts.Contains(WellKnownFacts.CertificateExpired));
    }

    [Fact]
    public void AmbiguousDate_PassedEitherWay_HasExpired() =>
        Assert.Contains(WellKnownFacts.CertificateExpired, ReadOn(new DateTime(2026, 7, 1), "NotAfter : 5/6/2026 1:00:00 AM").Facts);

    private const string ListenerAndStore =
        "rdp to vm-sql-prod-02 fails: 0x904 extended 0x7\n\non the vm (run command):\n"
        + "PS> Get-CimInstance -ClassName Win32_TSGeneralSetting -Namespace root\\cimv2\\terminalservices | select SSLCertificateSHA1Hash\n"
        + "SSLCertificateSHA1Hash\n----------------------\n{0}\n\n"
        + "PS> dir Cert:\\LocalMachine\\My | select Thumbprint,Subject,NotAfter\n"
        + "Thumbprint                               Subject                     NotAfter\n"
        + "----------                               -------                     --------\n"
        + "A9C0F3E27D1B46C85E0A7F2D93B14C6E08D5A7B1 CN=vm-sql-prod-02.corp.lan  11/20/2027\n\nnot sure what i'm looking at";

    [Fact]
    public void ListenerThumbprint_NotAmongTheStoresCertificates_SaysTheBoundCertificateIsGone()
    {
        var read = ReadOn(new DateTime(2026, 12, 3), string.Format(ListenerAndStore, "5E1A9C4D7B2F08A6C3E17B9F0D4A2C6E81B3F574"));

        Assert.Contains(WellKnownFacts.BoundCertificateMissing, read.Facts);
        var first = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithReading(read, Knowledge)).Causes[0];
        Assert.Equal("custom-cert-misconfigured", first.Cause.Id);
    }

    [Theory]
    [InlineData("A9C0F3E27D1B46C85E0A7F2D93B14C6E08D5A7B1")] // the listed certificate
    [InlineData("a9c0f3e27d1b46c85e0a7f2d93b14c6e08d5a7b1")] // the same, as reg query may show it
    public void ListenerThumbprint_AmongTheStoresCertificates_SaysNothingIsMissing(string bound) =>
        Assert.DoesNotContain(WellKnownFacts.BoundCertificateMissing, ReadOn(new DateTime(2026, 12, 3), string.Format(ListenerAndStore, bound)).Facts);

    [Fact]
    public void ListenerThumbprint_FromRegQuery_WithoutAnyStoreListed_SaysNothingIsMissing() =>
        Assert.DoesNotContain(WellKnownFacts.BoundCertificateMissing, ReadOn(new DateTime(2026, 12, 3),
            "reg query gives SSLCertificateSHA1Hash    REG_BINARY    5E1A9C4D7B2F08A6C3E17B9F0D4A2C6E81B3F574 and RDP fails with 0x904").Facts);

    [Fact]
    public void EveryFactTheCodeNames_IsInTheKnowledge()
    {
        var named = typeof(WellKnownFacts).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.True(Knowledge.Facts.ContainsKey(id), $"{id} is named in the code but is not a fact of the knowledge."));
    }

    private static Knowledge.Understanding.Understanding ReadOn(DateTime day, string message) =>
        new RuleBasedUnderstander(Knowledge, new OnDay(day)).Understand(message);

    /// <summary>Today is the given day; time still passes for the reading budget.</summary>
    private sealed class OnDay(DateTime day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.AddHours(12), TimeSpan.Zero);
    }
}
