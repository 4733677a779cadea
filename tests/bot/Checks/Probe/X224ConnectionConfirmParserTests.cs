using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class X224ConnectionConfirmParserTests
{
    [Fact]
    public void Parse_XrdpSelectingTls_IsAResponseWithSsl()
    {
        var parsed = Parse("030000130ED000001234000201080001000000");

        Assert.Equal(X224ConnectionConfirm.Selected(RdpProtocol.Ssl, 0x01), parsed.Confirm);
    }

    [Fact]
    public void Parse_XrdpTlsOnlyAskedRdp_IsSslRequiredByServer()
    {
        var parsed = Parse("030000130ED000001234000300080001000000");

        Assert.Equal(X224ConnectionConfirm.Failed(NegotiationFailureCode.SslRequiredByServer), parsed.Confirm);
    }

    [Fact]
    public void Parse_FreeRdpNlaAskedTls_IsHybridRequiredDespiteZeroSourceReference()
    {
        var parsed = Parse("030000130ED000000000000300080005000000");

        Assert.Equal(X224ConnectionConfirm.Failed(NegotiationFailureCode.HybridRequiredByServer), parsed.Confirm);
    }

    [Fact]
    public void Parse_FreeRdpNlaAskedTlsAndNla_IsHybridWithItsFlags()
    {
        var parsed = Parse("030000130ED000000000000203080002000000");

        Assert.Equal(X224ConnectionConfirm.Selected(RdpProtocol.Hybrid, 0x03), parsed.Confirm);
    }

    [Fact]
    public void Parse_ConfirmWithoutNegotiationData_IsALegacyServer()
    {
        var parsed = Parse("0300000B06D00000123400");

        Assert.Equal(X224ConnectionConfirm.Legacy, parsed.Confirm);
    }

    [Theory]
    [InlineData("040000130ED000001234000201080001000000", "not a TPKT")]
    [InlineData("030000140ED000001234000201080001000000", "TPKT length")]
    [InlineData("030000130EE000001234000201080001000000", "not a Connection Confirm")]
    [InlineData("030000130ED000001234000101080001000000", "neither RDP_NEG_RSP nor RDP_NEG_FAILURE")]
    [InlineData("030000130AD000001234000201080001000000", "no room for negotiation data")]
    [InlineData("030000130FD000001234000201080001000000", "runs past the packet")]
    public void Parse_MalformedConfirm_SaysWhatIsWrong(string hex, string problem)
    {
        var parsed = Parse(hex);

        Assert.Contains(problem, parsed.Problem, StringComparison.Ordinal);
    }

    private static ConfirmParseResult Parse(string hex) => X224ConnectionConfirmParser.Parse(Convert.FromHexString(hex));
}
