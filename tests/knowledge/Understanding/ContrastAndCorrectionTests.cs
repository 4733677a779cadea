using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>What fails is the case, a "no" that answers denies nothing, and a correction says so.</summary>
public sealed class ContrastAndCorrectionTests
{
    private static IReadOnlyList<string> FactsOf(string message) => UnderstandingFixture.Understander.Understand(message).Facts;

    [Theory]
    [InlineData("it fails over the VPN but works without VPN", "over-vpn", "no-vpn")]
    [InlineData("it doesn't work over vpn but without vpn it does", "over-vpn", "no-vpn")]
    [InlineData("the store app fails but mstsc works fine", "store-app", "mstsc-client")]
    [InlineData("mstsc fails, however the store app works", "mstsc-client", "store-app")]
    [InlineData("by name it fails but by IP it works", "works-by-ip", "ip-also-fails")]
    public void Understand_FailsButWorks_TheFailingSideIsTheCase(string message, string fact, string workingSide)
    {
        var facts = FactsOf(message);
        Assert.Contains(fact, facts);
        Assert.DoesNotContain(workingSide, facts);
    }

    [Theory]
    [InlineData("it fails over the VPN but works without VPN", "over-vpn other-network-works")]
    [InlineData("the store app fails but in the browser it works", "store-app other-client-works")]
    [InlineData("It fails over the VPN. Without the VPN it's fine.", "over-vpn other-network-works")]
    [InlineData("direct RDP fails but through Azure Bastion it is fine", "bastion-works")]
    public void Understand_FailsButWorks_TheWorkingSideSaysWhatWorks(string message, string expected) =>
        Assert.Equal(expected, string.Join(" ", FactsOf(message)));

    [Fact]
    public void Understand_IWorkFromHome_IsNoWorkingSide() =>
        Assert.Contains("at-home", FactsOf("I work from home with the store app but it fails with 0x904"));

    [Fact]
    public void Diagnose_FailsOverTheVpnButNotWithout_PutsTheVpnAboveTheCertificate()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        var read = UnderstandingFixture.Understander.Understand("Our Azure VM gives 0x904 over the VPN. Without the VPN it's fine.");

        var causes = new Knowledge.Diagnosis.DiagnosisEngine(knowledge).Diagnose(Knowledge.Diagnosis.CaseEvidence.Empty.WithReading(read, knowledge))
            .Causes.Select(ranked => ranked.Cause.Id).ToList();

        Assert.True(causes.IndexOf("vpn-mtu-black-hole") < causes.IndexOf("expired-self-signed-cert"), string.Join(", ", causes.Take(4)));
    }

    [Fact]
    public void Understand_WorkedThenButNotNow_StillWorkedBefore() =>
        Assert.Equal(["worked-before"], FactsOf("it worked yesterday but not today"));

    [Theory]
    [InlineData("no I always log off properly")]
    [InlineData("nope, I always sign out properly")]
    public void Understand_NoThatAnswersTheQuestion_DoesNotDenyWhatFollows(string message) =>
        Assert.Equal(["signed-out"], FactsOf(message));

    [Fact]
    public void Understand_NoBeforeThePhrase_StillDeniesIt() =>
        Assert.Equal(["no-vpn"], FactsOf("no vpn, I'm in the office"));

    [Theory]
    [InlineData("wrong button")]
    [InlineData("sorry, I clicked the wrong one")]
    [InlineData("oops I meant it never worked")]
    [InlineData("not azure, it's a server in our office")]
    [InlineData("my mistake, it has never worked")]
    public void Understand_Correction_IsSignalled(string message) =>
        Assert.True(UnderstandingFixture.Understander.Understand(message).IsCorrection);

    [Theory]
    [InlineData("not working since this morning, error 0x904")]
    [InlineData("I mean to ask about error 0x904")]
    [InlineData("it's not the vpn, I'm in the office")]
    public void Understand_OrdinaryReport_IsNoCorrection(string message) =>
        Assert.False(UnderstandingFixture.Understander.Understand(message).IsCorrection);

    [Fact]
    public void Understand_CorrectionWithFacts_CarriesTheCorrectedFacts()
    {
        var understanding = UnderstandingFixture.Understander.Understand("not azure, it's a windows server");

        Assert.Equal((true, "host-windows-server"), (understanding.IsCorrection, string.Join(" ", understanding.Facts)));
    }
}
