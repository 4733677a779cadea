using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class NegotiatorTests
{
    [Theory]
    [InlineData("Rdp", "Rdp", "Accepted")]
    [InlineData("Ssl", "Ssl", "Accepted")]
    [InlineData("Ssl|Hybrid", "Ssl", "Accepted")]
    [InlineData("Ssl|Hybrid|HybridEx", "Hybrid", "Accepted")]
    [InlineData("Hybrid", "Rdp", "Downgraded")]
    [InlineData("Ssl|Hybrid", "Rdp", "Downgraded")]
    [InlineData("Ssl", "Hybrid", "SelectedOther")]
    [InlineData("Rdp", "Ssl", "SelectedOther")]
    public void OutcomeOf_SelectedAgainstRequested_TellsSupportFromDowngrade(string requested, string selected, string expected)
    {
        Assert.Equal(Enum.Parse<NegotiationOutcome>(expected), Negotiator.OutcomeOf(Protocols(requested), Protocols(selected)));
    }

    private static RdpProtocol Protocols(string names) =>
        names.Split('|').Select(Enum.Parse<RdpProtocol>).Aggregate(RdpProtocol.Rdp, (all, one) => all | one);
}
