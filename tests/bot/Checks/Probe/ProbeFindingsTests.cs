using System.Security.Authentication;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class ProbeFindingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TcpResult Connected = new(TcpStatus.Connected, "10.0.0.4", 1);

    [Fact]
    public void ProbeFactIds_All_AreCheckFactsOfTheBuiltInKnowledge()
    {
        var knowledge = KnowledgeBase.LoadBuiltIn().Knowledge!;

        Assert.All(ProbeFactIds.All, id => Assert.Equal(FactOrigin.Check, knowledge.Facts[id].Origin));
    }

    [Fact]
    public void FactIds_NameDoesNotResolve_IsDnsFailedAlone()
    {
        var report = Report(new DnsResult(DnsStatus.Failed, [], 5, "Name or service not known"), tcp: null);

        Assert.Equal([ProbeFactIds.DnsFailed], ProbeFindings.FactIds(report));
    }

    [Theory]
    [InlineData("Refused", ProbeFactIds.TcpRefused)]
    [InlineData("TimedOut", ProbeFactIds.TcpFiltered)]
    [InlineData("Unreachable", ProbeFactIds.TcpFiltered)]
    public void FactIds_TcpFailure_NamesHowItFailed(string status, string factId)
    {
        Assert.Equal([factId], ProbeFindings.FactIds(Report(tcp: new TcpResult(Enum.Parse<TcpStatus>(status), "10.0.0.4", 5))));
    }

    [Fact]
    public void FactIds_GarbageReply_IsNotRdp()
    {
        var report = Report(negotiations: [Negotiation(RdpProtocol.Rdp, NegotiationOutcome.NotRdp)]);

        Assert.Equal([ProbeFactIds.NotRdp], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_ClosedOnEveryRequest_IsClosedAfterRequest()
    {
        var report = Report(negotiations: [Negotiation(RdpProtocol.Rdp, NegotiationOutcome.Closed), Negotiation(RdpProtocol.Ssl, NegotiationOutcome.Closed)]);

        Assert.Equal([ProbeFactIds.ClosedAfterRequest], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_ReplyTimedOut_StatesNothing()
    {
        Assert.Empty(ProbeFindings.FactIds(Report(negotiations: [Negotiation(RdpProtocol.Rdp, NegotiationOutcome.TimedOut)])));
    }

    [Theory]
    [InlineData("SslRequiredByServer", ProbeFactIds.SslRequired)]
    [InlineData("SslNotAllowedByServer", ProbeFactIds.RdpSecurityOnly)]
    [InlineData("SslCertNotOnServer", ProbeFactIds.SslCertNotOnServer)]
    [InlineData("HybridRequiredByServer", ProbeFactIds.HybridRequired)]
    public void FactIds_NegotiationFailure_MapsToItsFact(string code, string factId)
    {
        var report = Report(negotiations: [Negotiation(RdpProtocol.Ssl, NegotiationOutcome.Refused) with { FailureCode = Enum.Parse<NegotiationFailureCode>(code) }]);

        Assert.Equal([factId], ProbeFindings.FactIds(report));
    }

    [Theory]
    [InlineData("InconsistentFlags")]
    [InlineData("SslWithUserAuthRequiredByServer")]
    public void FactIds_FailureNoFactDescribes_StatesNothing(string code)
    {
        var report = Report(negotiations: [Negotiation(RdpProtocol.Ssl, NegotiationOutcome.Refused) with { FailureCode = Enum.Parse<NegotiationFailureCode>(code) }]);

        Assert.Empty(ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_LegacyConfirm_IsLegacyServer()
    {
        Assert.Equal([ProbeFactIds.LegacyServer], ProbeFindings.FactIds(Report(negotiations: [Negotiation(RdpProtocol.Ssl, NegotiationOutcome.Legacy)])));
    }

    [Fact]
    public void FactIds_EveryTlsRequestDowngraded_IsRdpSecurityOnly()
    {
        var report = Report(negotiations: [
            Selected(RdpProtocol.Rdp, RdpProtocol.Rdp, NegotiationOutcome.Accepted),
            Selected(RdpProtocol.Ssl, RdpProtocol.Rdp, NegotiationOutcome.Downgraded),
            Selected(RdpProtocol.Ssl | RdpProtocol.Hybrid, RdpProtocol.Rdp, NegotiationOutcome.Downgraded),
        ]);

        Assert.Equal([ProbeFactIds.RdpSecurityOnly], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_HybridRequestDowngradedButSslSelected_IsNotRdpSecurityOnly()
    {
        var report = Report(negotiations: [
            Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted),
            Selected(RdpProtocol.Hybrid, RdpProtocol.Rdp, NegotiationOutcome.Downgraded),
        ]);

        Assert.DoesNotContain(ProbeFactIds.RdpSecurityOnly, ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_TlsCompletedWithValidCertificate_IsRdpOkAndCertificateValid()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.Completed, Certificate(CertificateValidity.Valid, 200)));

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.CertValid], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_ExpiredCertificate_IsCertificateExpired()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.Completed, Certificate(CertificateValidity.Expired, -3)));

        Assert.Contains(ProbeFactIds.CertExpired, ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_ExpiringSoon_IsBothExpiringSoonAndValid()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.Completed, Certificate(CertificateValidity.ExpiringSoon, 5)));

        Assert.Equal([ProbeFactIds.CertExpiringSoon, ProbeFactIds.CertValid], ProbeFindings.FactIds(report).Skip(1));
    }

    [Fact]
    public void FactIds_NameMismatch_IsCertificateNameMismatch()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.Completed, Certificate(CertificateValidity.Valid, 100) with { NameMatch = NameMatch.Mismatch }));

        Assert.Contains(ProbeFactIds.CertNameMismatch, ProbeFindings.FactIds(report));
    }

    [Theory]
    [InlineData("ClosedByServer")]
    [InlineData("Refused")]
    public void FactIds_TlsBrokenOffAfterSsl_IsTlsFailedAfterSsl(string status)
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)], tls: Tls(Enum.Parse<TlsStatus>(status), null));

        Assert.Equal([ProbeFactIds.TlsFailedAfterSsl], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void FactIds_OldVersionsOnlySuspected_IsACheckerLimitationNeverACertificateProblem()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.OldVersionsOnlySuspected, null));

        Assert.Equal([ProbeFactIds.TlsOldVersionsOnly], ProbeFindings.FactIds(report));
    }

    [Fact]
    public void From_OldVersionsOnlySuspected_SaysItIsTheCheckersLimit()
    {
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)],
            tls: Tls(TlsStatus.OldVersionsOnlySuspected, null));

        Assert.StartsWith("Checker limitation: ", ProbeFindings.From(report).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FactIds_CompletedOnlyWithTls10_IsRdpOkAndOldVersionsOnly()
    {
#pragma warning disable SYSLIB0039 // A TLS 1.0-only server is the case under test.
        var tls = Tls(TlsStatus.Completed, null) with { Versions = [new TlsAttempt(SslProtocols.Tls, TlsAttemptStatus.Completed)] };
#pragma warning restore SYSLIB0039
        var report = Report(negotiations: [Selected(RdpProtocol.Ssl, RdpProtocol.Ssl, NegotiationOutcome.Accepted)], tls: tls);

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.TlsOldVersionsOnly], ProbeFindings.FactIds(report));
    }

    private static ProbeReport Report(DnsResult? dns = null, TcpResult? tcp = null, IReadOnlyList<NegotiationResult>? negotiations = null, TlsResult? tls = null) =>
        new("vm1", 3389, Now, 10, dns ?? new DnsResult(DnsStatus.Resolved, ["10.0.0.4"], 1), tcp ?? (dns is null ? Connected : null), negotiations ?? [], tls);

    private static NegotiationResult Negotiation(RdpProtocol requested, NegotiationOutcome outcome) => new(requested, outcome, 1, Detail: "detail");

    private static NegotiationResult Selected(RdpProtocol requested, RdpProtocol selected, NegotiationOutcome outcome) =>
        new(requested, outcome, 1, Selected: selected, ResponseFlags: 1);

    private static TlsResult Tls(TlsStatus status, CertificateSummary? certificate) =>
        new(RdpProtocol.Ssl, status, new TlsAttempt(SslProtocols.None, status == TlsStatus.Completed ? TlsAttemptStatus.Completed : TlsAttemptStatus.ClosedByServer), [], certificate);

    private static CertificateSummary Certificate(CertificateValidity validity, int daysLeft) =>
        new("CN=vm1", "CN=vm1", true, Now.AddDays(-300), Now.AddDays(daysLeft), daysLeft, validity, "AB", [], [], "RSA", 2048, ["vm1"], NameMatch.Matches);
}
