using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// What the user's own work computer, a cloud proxy and a public IP address tell: a work computer that connects points
/// at the home device or its network, not at the host; Zscaler's web proxy is a proxy in the path and only its private
/// access is a tunnel; a public IP says RDP is open to the internet only when the text says the port is reachable.
/// </summary>
public sealed class PathAndDeviceReadingTests
{
    private static readonly KnowledgeBase Knowledge = UnderstandingFixture.LoadKnowledge();

    private static IReadOnlyList<string> FactsOf(string message) => UnderstandingFixture.Understander.Understand(message).Facts;

    [Theory]
    [InlineData("from my work PC it works, only my home PC gets 0x904")]
    [InlineData("my work laptop on the same home wifi connects fine")]
    [InlineData("it works fine on my company laptop")]
    public void Understand_OwnWorkComputerConnects_IsReadAsTheWorkDeviceWorking(string message)
    {
        var facts = FactsOf(message);

        Assert.Equal((true, false), (facts.Contains("work-device-works"), facts.Contains("other-client-works")));
    }

    [Theory]
    [InlineData("I can't connect to my work PC from home, it worked last week")]
    [InlineData("my work pc rdp works with the local admin account but my domain login gives 0x904")]
    [InlineData("today in the office I try from my office PC and I couldn't connect, error 0x904")]
    public void Understand_WorkComputerThatIsTheHostOrFails_IsNotAWorkingDevice(string message)
    {
        var facts = FactsOf(message);

        Assert.DoesNotContain("work-device-works", facts);
        Assert.DoesNotContain("other-client-works", facts);
    }

    [Fact]
    public void Diagnose_WorkLaptopConnects_DoesNotLowerTheHomeVpnPath()
    {
        const string Failing = "From my home PC I get 0x904 0x7 over the VPN since yesterday.";

        var withWorkLaptop = Probability(Failing + " From my work laptop it connects fine.", "vpn-mtu-black-hole");

        Assert.True(withWorkLaptop >= Probability(Failing, "vpn-mtu-black-hole"), $"{withWorkLaptop}");
    }

    [Theory]
    [InlineData("since IT rolled out Zscaler on our laptops RDP fails with 0x904")]
    [InlineData("all our traffic goes through Netskope now")]
    [InlineData("the office internet goes through a web proxy")]
    [InlineData("we moved to a SASE platform last month")]
    public void Understand_CloudWebProxy_IsAProxyInThePathNotAVpn(string message)
    {
        var facts = FactsOf(message);

        Assert.Equal((true, false), (facts.Contains("tls-inspection-said"), facts.Contains("over-vpn")));
    }

    [Fact]
    public void Understand_ZscalerPrivateAccess_IsATunnelNotAProxy()
    {
        var facts = FactsOf("I reach the server through Zscaler Private Access");

        Assert.Equal((true, false), (facts.Contains("over-vpn"), facts.Contains("tls-inspection-said")));
    }

    [Fact]
    public void Diagnose_ZscalerRolledOut_PutsTlsInspectionFirstAndVpnTroubleOutOfTheTopThree()
    {
        var causes = RankedCauses("Since IT rolled out Zscaler last week RDP to our file server fails with 0x904 0x7.");

        Assert.Equal("tls-inspection-in-path", causes[0]);
        Assert.DoesNotContain("vpn-unstable", causes.Take(3));
    }

    [Theory]
    [InlineData("I connect to the public IP of our RD Gateway through the company VPN")]
    [InlineData("my home public IP is 203.0.113.7 if that helps")]
    [InlineData("the VM has a public IP but the NSG only allows our office")]
    public void Understand_PublicIpWithoutAnOpenPort_IsNotRdpOpenToTheInternet(string message) =>
        Assert.DoesNotContain("rdp-exposed-to-internet", FactsOf(message));

    [Theory]
    [InlineData("the VM has a public IP and RDP is open to the internet")]
    [InlineData("Azure VM with a public IP, the NSG allows 3389 from Any")]
    [InlineData("the RDP port is published on the public IP")]
    [InlineData("the rule opens 3389 to 0.0.0.0/0")]
    public void Understand_RdpPortReachableFromTheInternet_IsRdpOpenToTheInternet(string message) =>
        Assert.Contains("rdp-exposed-to-internet", FactsOf(message));

    [Fact]
    public void Diagnose_PublicIpReachedThroughTheVpn_DoesNotRaiseTheBruteForceCause()
    {
        var causes = RankedCauses(
            "Since this morning 0x904 0x7 on our Azure VM. I connect to its public IP through the company VPN.");

        Assert.DoesNotContain("brute-force-load", causes.Take(3));
    }

    private static List<string> RankedCauses(string message) =>
        Diagnosis(message).Causes.Select(ranked => ranked.Cause.Id).ToList();

    private static double Probability(string message, string causeId) =>
        Diagnosis(message).Causes.Single(ranked => ranked.Cause.Id == causeId).Probability;

    private static CaseDiagnosis Diagnosis(string message) =>
        new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithReading(UnderstandingFixture.Understander.Understand(message), Knowledge));
}
