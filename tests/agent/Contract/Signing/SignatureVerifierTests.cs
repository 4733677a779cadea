using System.Text;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Contract.Signing;

public sealed class SignatureVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"userName\":\"alice\"}");
    private static readonly SignedMessageShape Shape = SignedMessageShape.Request("POST", "/v1/report", Body);

    private static SignatureHeaderValues SignedBy(AgentKey key, DateTimeOffset at, SignedMessageShape? shape = null) =>
        SignatureHeaderValues.Sign(key, (shape ?? Shape).With(at.ToUnixTimeSeconds(), "abcdefghijklmnop-_0123"));

    private static SignatureFailure Verify(SignatureHeaderValues headers, SignedMessageShape? shape = null) =>
        SignatureVerifier.Verify(headers, TestKeys.Host, shape ?? Shape, Now, SignatureVerifier.DefaultMaxClockSkew);

    [Fact]
    public void Verify_SignedWithTheKey_IsAccepted() =>
        Assert.Equal(SignatureFailure.None, Verify(SignedBy(TestKeys.Host, Now)));

    [Fact]
    public void Verify_HeaderMissing_IsMissingSignature() =>
        Assert.Equal(SignatureFailure.MissingSignature, Verify(SignedBy(TestKeys.Host, Now) with { Signature = null }));

    [Theory]
    [InlineData("12a4", null, null)]
    [InlineData(null, "short", null)]
    [InlineData(null, null, "bm90IDMyIGJ5dGVz")]
    public void Verify_MalformedHeader_IsMalformedSignature(string? timestamp, string? nonce, string? signature)
    {
        var good = SignedBy(TestKeys.Host, Now);
        var headers = good with { Timestamp = timestamp ?? good.Timestamp, Nonce = nonce ?? good.Nonce, Signature = signature ?? good.Signature };

        Assert.Equal(SignatureFailure.MalformedSignature, Verify(headers));
    }

    [Fact]
    public void Verify_OtherKeyId_IsUnknownKeyId() =>
        Assert.Equal(SignatureFailure.UnknownKeyId, Verify(SignedBy(TestKeys.OtherId, Now)));

    [Fact]
    public void Verify_SameIdOtherSecret_IsBadSignature() =>
        Assert.Equal(SignatureFailure.BadSignature, Verify(SignedBy(TestKeys.SameIdOtherSecret, Now)));

    [Fact]
    public void Verify_BodyChanged_IsBadSignature()
    {
        var tampered = Shape with { Body = Encoding.UTF8.GetBytes("{\"userName\":\"mallory\"}") };

        Assert.Equal(SignatureFailure.BadSignature, Verify(SignedBy(TestKeys.Host, Now), tampered));
    }

    [Fact]
    public void Verify_RequestSignatureOfferedForAResponse_IsBadSignature()
    {
        var response = SignedMessageShape.Response("POST", "/v1/report", 0, Body);

        Assert.Equal(SignatureFailure.BadSignature, Verify(SignedBy(TestKeys.Host, Now), response));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampBeyondFiveMinutes_IsClockSkew(int seconds) =>
        Assert.Equal(SignatureFailure.ClockSkew, Verify(SignedBy(TestKeys.Host, Now.AddSeconds(seconds))));

    [Fact]
    public void Verify_TimestampWithinFiveMinutes_IsAccepted() =>
        Assert.Equal(SignatureFailure.None, Verify(SignedBy(TestKeys.Host, Now.AddSeconds(-300))));
}
