using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class X224ConnectionRequestTests
{
    [Fact]
    public void Build_SslHybridWithCookie_GivesTheBytesXrdpAccepted()
    {
        // rdp.md §1.2: the request the reference probe sent to xrdp.
        var expected = Convert.FromHexString((
            "03 00 00 2b 26 e0 00 00 00 00 00 43 6f 6f 6b 69 65 3a 20 6d 73 74 73 68 61 73 68 3d 70 72 6f 62 65 0d 0a "
            + "01 00 08 00 03 00 00 00").Replace(" ", "", StringComparison.Ordinal));

        var request = X224ConnectionRequest.Build(RdpProtocol.Ssl | RdpProtocol.Hybrid, "probe");

        Assert.Equal(expected, request);
    }

    [Fact]
    public void Build_WithoutCookie_GivesTheNineteenByteForm()
    {
        var request = X224ConnectionRequest.Build(RdpProtocol.HybridEx | RdpProtocol.Hybrid | RdpProtocol.Ssl);

        Assert.Equal(Convert.FromHexString("030000130EE00000000000010008000B000000"), request);
    }

    [Fact]
    public void Build_StandardRdpSecurity_StillSendsTheNegotiationRequest()
    {
        var request = X224ConnectionRequest.Build(RdpProtocol.Rdp);

        Assert.Equal(Convert.FromHexString("030000130EE000000000000100080000000000"), request);
    }

    [Fact]
    public void Build_CookieWithLineBreak_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => X224ConnectionRequest.Build(RdpProtocol.Ssl, "a\r\nb"));

        Assert.Contains("printable ASCII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongestCookie_FitsTheOneByteLengthIndicator()
    {
        var request = X224ConnectionRequest.Build(RdpProtocol.Ssl, new string('u', X224ConnectionRequest.MaxCookieIdentifierLength));

        Assert.Equal(request.Length - 5, request[4]);
    }

    [Fact]
    public void Build_CookieOneTooLong_IsRejected()
    {
        Assert.Throws<ArgumentException>(() =>
            X224ConnectionRequest.Build(RdpProtocol.Ssl, new string('u', X224ConnectionRequest.MaxCookieIdentifierLength + 1)));
    }
}
