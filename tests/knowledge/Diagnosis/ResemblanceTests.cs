using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

/// <summary>A description that reads like the known reports of a cause makes that cause more likely.</summary>
public sealed class ResemblanceTests
{
    private static readonly Dictionary<string, double> ReadsLikeVpnMtu = new(StringComparer.Ordinal)
    {
        ["vpn-mtu"] = 0.80,
        ["expired-cert"] = 0.70,
    };

    [Fact]
    public void Diagnose_DescriptionReadingLikeACause_RanksItHigherAndSaysWhy()
    {
        var evidence = Cases.With("worked-before");
        var without = Cases.CreateSut().Diagnose(evidence);

        var with = Cases.CreateSut().Diagnose(evidence with { Resemblance = ReadsLikeVpnMtu });

        Assert.NotEqual("vpn-mtu", without.TopCause());
        Assert.True(with.ProbabilityOf("vpn-mtu") > 2 * without.ProbabilityOf("vpn-mtu"));
        Assert.True(with.ProbabilityOf("expired-cert") < without.ProbabilityOf("expired-cert"));
        Assert.Contains("what you describe reads most like other reports of this cause",
            with.Causes.Single(c => c.Cause.Id == "vpn-mtu").Reason);
        Assert.DoesNotContain("reads most like", with.Causes.Single(c => c.Cause.Id == "expired-cert").Reason);
    }

    [Fact]
    public void Diagnose_WeightZero_IgnoresTheResemblance()
    {
        var evidence = Cases.With("worked-before");
        var options = new DiagnosisOptions { ResemblanceWeight = 0 };

        var with = Cases.CreateSut(options).Diagnose(evidence with { Resemblance = ReadsLikeVpnMtu });

        Assert.Equal(Cases.CreateSut(options).Diagnose(evidence).ProbabilityOf("vpn-mtu"), with.ProbabilityOf("vpn-mtu"));
    }

    [Fact]
    public void WithReading_LaterMessage_KeepsTheFirstDescriptionsResemblance()
    {
        var knowledge = FixtureKnowledge.Knowledge;
        var first = RdpHelpBot.Knowledge.Understanding.Understanding.Nothing with { Resemblance = ReadsLikeVpnMtu };
        var later = RdpHelpBot.Knowledge.Understanding.Understanding.Nothing with
        {
            Facts = ["over-vpn"],
            Resemblance = new Dictionary<string, double> { ["expired-cert"] = 0.9 },
        };

        var evidence = CaseEvidence.Empty.WithReading(first, knowledge).WithReading(later, knowledge);

        Assert.Equal(ReadsLikeVpnMtu, evidence.Resemblance);
        Assert.Equal(["over-vpn"], evidence.Facts);
    }

    [Fact]
    public void Validate_NegativeWeight_NamesTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosisOptions { ResemblanceWeight = -1 }.Validate());

        Assert.Contains("ResemblanceWeight", error.Message);
    }
}
