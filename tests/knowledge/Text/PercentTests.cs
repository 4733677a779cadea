using RdpHelpBot.Knowledge.Text;

namespace RdpHelpBot.Knowledge.Tests.Text;

public sealed class PercentTests
{
    [Theory]
    [InlineData(0.4249, "42%")]
    [InlineData(0.425, "43%")]
    [InlineData(0.001, "<1%")]
    [InlineData(0.0, "0%")]
    [InlineData(0.999, ">99%")]
    [InlineData(1.0, "100%")]
    public void Of_Probability_RoundsWithoutClaimingCertaintyItDoesNotHave(double probability, string expected)
    {
        Assert.Equal(expected, Percent.Of(probability));
    }
}
