using System.Text;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Contract.Signing;

public sealed class CanonicalStringTests
{
    private const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void For_Request_ListsSchemeDirectionMethodPathEmptyStatusTimestampNonceAndBodyHash()
    {
        var message = new SignedMessage(MessageDirection.Request, "post", "/v1/report?x=1", 0, 1700000000, "nonce-0123456789ab", Array.Empty<byte>());

        var text = CanonicalString.For(message);

        Assert.Equal(
            $"RDPAGENT-HMAC-SHA256\nrequest\nPOST\n/v1/report?x=1\n\n1700000000\nnonce-0123456789ab\n{EmptyBodySha256}", text);
    }

    [Fact]
    public void For_Response_IncludesTheStatusCode()
    {
        var message = new SignedMessage(MessageDirection.Response, "POST", "/v1/report", 401, 1700000000, "nonce-0123456789ab", Array.Empty<byte>());

        var lines = CanonicalString.For(message).Split('\n');

        Assert.Equal(["response", "401"], [lines[1], lines[4]]);
    }

    [Fact]
    public void BodyHash_Body_IsLowerCaseHexSha256()
    {
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", CanonicalString.BodyHash(Encoding.UTF8.GetBytes("hello")));
    }
}
