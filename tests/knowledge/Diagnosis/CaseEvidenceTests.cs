using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class CaseEvidenceTests
{
    private static readonly KnowledgeBase Knowledge = FixtureKnowledge.Knowledge;

    [Fact]
    public void WithFact_OppositeKnown_LaterFactReplacesIt()
    {
        var evidence = Cases.With("worked-before", "everyone-affected").WithFact("never-worked", Knowledge);

        Assert.Equal(["everyone-affected", "never-worked"], evidence.Facts);
    }

    [Fact]
    public void WithFact_OppositeDeclaredOnlyOnTheOtherFact_StillReplacesIt()
    {
        // over-vpn names no-vpn as its opposite; no-vpn names nothing.
        var evidence = Cases.With("over-vpn").WithFact("no-vpn", Knowledge);

        Assert.Equal(["no-vpn"], evidence.Facts);
    }

    [Fact]
    public void WithFact_FactAlreadyKnown_MovesToTheEnd()
    {
        var evidence = Cases.With("host-azure-vm", "host-windows-pc", "host-azure-vm");

        Assert.Equal(["host-windows-pc", "host-azure-vm"], evidence.Facts);
    }

    [Fact]
    public void WithFact_UnknownFact_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseEvidence.Empty.WithFact("no-such-fact", Knowledge));

        Assert.Contains("no-such-fact", error.Message);
    }

    [Fact]
    public void ContextIn_TwoContextFacts_LatestDecides()
    {
        var evidence = Cases.With("host-azure-vm", "worked-before", "host-windows-pc");

        Assert.Equal(HostContext.WindowsPc, evidence.ContextIn(Knowledge));
    }

    [Fact]
    public void ContextIn_NoContextFact_IsUnknown()
    {
        Assert.Equal(HostContext.Unknown, Cases.With("worked-before").ContextIn(Knowledge));
    }

    [Fact]
    public void WithAskedQuestion_SameQuestionTwice_CountsOnce()
    {
        var evidence = CaseEvidence.Empty.WithAskedQuestion("history").WithAskedQuestion("vpn").WithAskedQuestion("history");

        Assert.Equal(2, evidence.QuestionsAsked);
    }

    [Fact]
    public void Equals_SameContentBuiltSeparately_AreEqual()
    {
        var first = Cases.With("worked-before").WithFailedFix("renew-cert").WithAskedQuestion("vpn");
        var second = new CaseEvidence(["worked-before"], ["vpn"], ["renew-cert"], []);

        Assert.Equal(first, second);
    }
}
