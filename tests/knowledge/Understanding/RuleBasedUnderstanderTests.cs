using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Understanding;
using UnderstandingResult = RdpHelpBot.Knowledge.Understanding.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class RuleBasedUnderstanderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Understand_BlankMessage_UnderstandsNothing(string message) =>
        Assert.Equal(UnderstandingResult.Nothing, UnderstandingFixture.Understander.Understand(message));

    [Fact]
    public void Understand_FullProblemReport_ReadsCodesFactsAndHostTogether()
    {
        var understanding = UnderstandingFixture.Understander.Understand(
            "Hi! Since this morning rdp01.contoso.com (an Azure VM) gives Error code 0x904, Extended error code 0x7 over VPN");

        Assert.Equal(
            ("0x904 0x7", "worked-before host-azure-vm over-vpn", "rdp01.contoso.com", IntentKind.Greeting),
            (string.Join(" ", understanding.Codes.Select(c => c.Hex)), string.Join(" ", understanding.Facts), understanding.Host, understanding.Intents.Single().Kind));
    }
}
