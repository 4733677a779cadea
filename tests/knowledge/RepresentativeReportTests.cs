using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests;

/// <summary>
/// The shipped priors and likelihood ratios make the engine put the cause a helpdesk engineer would try
/// first at the top for typical reports.
/// </summary>
public sealed class RepresentativeReportTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadBuiltIn().Knowledge
        ?? throw new InvalidOperationException("The built-in knowledge does not load; see BuiltInKnowledgeTests.");

    /// <summary>Space-separated fact ids of a report, and the cause that must lead.</summary>
    public static TheoryData<string, string> Reports => new()
    {
        { "host-azure-vm worked-before nothing-changed", "expired-self-signed-cert" },
        { "host-windows-server worked-before nothing-changed", "expired-self-signed-cert" },
        { "cert-renewed", "private-key-not-readable" },
        { "host-azure-vm cert-renewed", "private-key-not-readable" },
        { "over-vpn slow-network", "vpn-unstable" },
        { "host-azure-vm over-vpn slow-network", "vpn-unstable" },
        { "works-by-ip", "dns-stale" },
        { "host-azure-vm check-cert-expired", "expired-self-signed-cert" },
        { "host-windows-pc check-cert-expired", "expired-self-signed-cert" },
        { "host-azure-vm check-hybrid-required", "nla-not-supported-by-client" },
        { "host-azure-vm check-tcp-refused", "rdp-disabled" },
        { "check-tcp-filtered", "firewall-blocking" },
        { "check-not-rdp", "port-taken-by-other-app" },
        { "host-azure-vm check-closed-after-request", "port-taken-by-other-app" },
        { "check-tls-failed-after-ssl", "private-key-not-readable" },
        { "host-azure-vm check-ssl-cert-not-on-server", "private-key-not-readable" },
        { "host-azure-vm check-tls-old-versions-only", "tls-versions-disabled" },
        { "host-azure-vm hardened-baseline", "private-key-not-readable" },
        { "only-my-account", "disconnected-session-conflict" },
        { "host-azure-vm disconnected-session", "disconnected-session-conflict" },
        { "only-my-account credentials-accepted-then-dropped signed-out", "corrupt-user-profile" },
        { "rdp-exposed-to-internet intermittent", "brute-force-load" },
        { "security-layer-changed", "security-layer-forced" },
        { "local-account-works", "nla-domain-unreachable" },
        { "agent-cert-expired", "expired-self-signed-cert" },
        { "agent-events-1058", "expired-self-signed-cert" },
        { "agent-cert-key-not-readable", "private-key-not-readable" },
        { "agent-events-36870", "private-key-not-readable" },
        { "agent-machinekeys-acl-wrong", "machinekeys-corrupt" },
        { "agent-events-1057 agent-cert-key-readable", "machinekeys-corrupt" },
        { "agent-cert-hash-mismatch", "custom-cert-misconfigured" },
        { "agent-tls12-disabled", "tls-versions-disabled" },
        { "agent-events-36871", "tls-versions-disabled" },
        { "agent-securitylayer-rdp", "security-layer-forced" },
        { "agent-termservice-stopped", "rdp-disabled" },
        { "agent-user-has-disconnected-session", "disconnected-session-conflict" },
        { "agent-events-4625-many", "brute-force-load" },
        { "services-disabled", "cert-services-disabled" },
        { "agent-cert-services-stopped", "cert-services-disabled" },
        { "host-windows-server host-renamed tls-handshake-error", "stale-cert-after-rename" },
        { "host-windows-server host-renamed many-users", "connection-broker-after-rename" },
        { "host-old-windows tls-hardened", "tls-cipher-mismatch" },
        { "drain-mode", "logons-disabled-or-drain-mode" },
        { "host-avd", "logons-disabled-or-drain-mode" },
        { "host-windows-365", "tls-inspection-in-path" },
        { "new-firewall-or-proxy other-network-works", "tls-inspection-in-path" },
        { "over-vpn at-home ping-works", "vpn-mtu-black-hole" },
        { "network-rules-changed", "firewall-blocking" },
        { "store-app other-client-works", "outdated-store-app" },
        { "every-host-fails security-software-managed", "third-party-security-blocking" },
        { "check-closed-after-request agent-termservice-running agent-no-certificate-errors-logged", "listener-settings-corrupt" },
        { "everyone-affected cert-not-regenerated crypto-folder-changed", "machinekeys-corrupt" },
        { "cert-from-own-ca old-certs-removed", "custom-cert-misconfigured" },
        { "cert-renewed key-permissions-suspected", "private-key-not-readable" },
        { "port-answers port-taken-by-program", "port-taken-by-other-app" },
        { "port-answers rdp-listener-settings-changed", "listener-settings-corrupt" },
        { "ping-works port-unreachable rdp-off-on-host", "rdp-disabled" },
        { "after-windows-update rdp-on-on-host port-unreachable", "ports-throttled-after-update" },
        { "first-attempt-hangs second-attempt-works", "audio-service-blocking" },
        { "idle-machine ping-fails woken-by-local-activity sleep-disabled", "nic-power-saving" },
        { "every-host-fails other-client-works client-network-odd", "client-network-stack-stale" },
        { "fips-policy thin-client", "fips-encryption-mismatch" },
        { "many-connect-at-once retry-later-works rdp-internal-only", "max-outstanding-connections" },
        { "works-when-someone-leaves", "session-limit-reached" },
        { "credssp-error-shown host-long-unpatched new-client-device", "credssp-oracle-mismatch" },
        { "old-client-program nla-required other-client-works", "nla-not-supported-by-client" },
        { "local-account-works domain-unreachable-from-host", "nla-domain-unreachable" },
        { "over-vpn ping-works large-packets-fail", "vpn-mtu-black-hole" },
        { "only-my-account session-ended-abruptly", "disconnected-session-conflict" },
        { "only-my-account credentials-accepted-then-dropped profile-errors", "corrupt-user-profile" },
        { "existing-sessions-fine", "logons-disabled-or-drain-mode" },
        { "every-host-fails security-software-changed", "third-party-security-blocking" },
        { "tls-handshake-error tls-credential-error hardened-baseline", "tls-versions-disabled" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void TopCause_RepresentativeReport_IsTheCauseToTryFirst(string report, string expectedCause)
    {
        var evidence = CaseEvidence.Empty.WithFacts(report.Split(' '), Knowledge);

        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(evidence);

        Assert.Equal(expectedCause, diagnosis.Causes[0].Cause.Id);
    }

    /// <summary>
    /// Space-separated fact ids of a report naming a change on the host, the cause that change explains, and how
    /// many causes may rank before it: the cause behind the change must be among the first things tried, even
    /// where a commoner cause still leads.
    /// </summary>
    public static TheoryData<string, string, int> ReportsWithAChange => new()
    {
        { "host-azure-vm worked-before everyone-affected before-password-prompt software-installed-on-host", "port-taken-by-other-app", 1 },
        { "host-windows-pc worked-before everyone-affected services-disabled", "rdp-disabled", 2 },
    };

    [Theory]
    [MemberData(nameof(ReportsWithAChange))]
    public void CauseRank_ReportNamingAChange_PutsTheCauseTheChangeExplainsNearTheTop(string report, string expectedCause, int causesBefore)
    {
        var evidence = CaseEvidence.Empty.WithFacts(report.Split(' '), Knowledge);

        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(evidence);

        var rank = diagnosis.Causes.ToList().FindIndex(ranked => ranked.Cause.Id == expectedCause);
        Assert.InRange(rank, 0, causesBefore);
    }

    [Fact]
    public void Fixes_HostMovedWhileUserIsOnTheVpnFromHome_OfferTheDnsFixAmongTheFirstThree()
    {
        var evidence = CaseEvidence.Empty.WithFacts(["at-home", "over-vpn", "ip-or-network-moved"], Knowledge);

        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(evidence);

        Assert.Contains(diagnosis.Fixes.Take(3), ranked => ranked.Cause.Id == "dns-stale");
    }

    [Fact]
    public void TopCause_NoFactsAtAll_IsTheExpiredCertificate()
    {
        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty);

        Assert.Equal("expired-self-signed-cert", diagnosis.Causes[0].Cause.Id);
    }
}
