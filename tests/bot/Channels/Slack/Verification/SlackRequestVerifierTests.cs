using System.Text;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Slack.Verification;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Verification;

/// <summary>The signature matrix, starting from Slack's published test vector (docs/reference/slack.md §1.1).</summary>
public sealed class SlackRequestVerifierTests
{
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string SlackTimestamp = "1531420618";
    private const string SlackBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string SlackSignatureValue = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public void Compute_SlacksPublishedVector_GivesSlacksSignature()
    {
        var signature = SlackSignature.Compute(SlackSecret, SlackTimestamp, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SlackSignatureValue, signature);
    }

    [Fact]
    public void Check_SlacksPublishedVectorAtItsTime_IsValid()
    {
        var check = CreateSut().Check(SlackTimestamp, SlackSignatureValue, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Check_TamperedBody_IsBadSignature()
    {
        var tampered = SlackBody.Replace("text=&", "text=rm%20-rf&", StringComparison.Ordinal);

        var check = CreateSut().Check(SlackTimestamp, SlackSignatureValue, Encoding.UTF8.GetBytes(tampered));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Check_SignedWithAnotherSecret_IsBadSignature()
    {
        var forged = SlackSignature.Compute("not-the-secret", SlackTimestamp, Encoding.UTF8.GetBytes(SlackBody));

        var check = CreateSut().Check(SlackTimestamp, forged, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Check_ReplayedWithAFreshTimestampHeader_IsBadSignature()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + 3600));
        var fresh = (1531420618 + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var check = CreateSut(time).Check(fresh, SlackSignatureValue, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Check_TimestampMoreThanFiveMinutesAwayEitherWay_IsOutOfWindow(int secondsFromNow)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 - secondsFromNow));

        var check = CreateSut(time).Check(SlackTimestamp, SlackSignatureValue, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.TimestampOutOfWindow, check);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Check_TimestampFiveMinutesAwayEitherWay_IsValid(int secondsFromNow)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 - secondsFromNow));

        var check = CreateSut(time).Check(SlackTimestamp, SlackSignatureValue, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData(null, SlackSignatureValue)]
    [InlineData(SlackTimestamp, null)]
    [InlineData("", SlackSignatureValue)]
    [InlineData(SlackTimestamp, "")]
    public void Check_MissingHeader_IsMissingHeaders(string? timestamp, string? signature)
    {
        var check = CreateSut().Check(timestamp, signature, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.MissingHeaders, check);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    public void Check_TimestampNotUnixSeconds_IsMalformed(string timestamp)
    {
        var check = CreateSut().Check(timestamp, SlackSignatureValue, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.MalformedTimestamp, check);
    }

    [Fact]
    public void Check_SameDigestUnderAnotherVersion_IsBadSignature()
    {
        var check = CreateSut().Check(SlackTimestamp, "v1=" + SlackSignatureValue[3..], Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    private static SlackRequestVerifier CreateSut(TimeProvider? time = null) =>
        new(SlackSecret, time ?? new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));
}
