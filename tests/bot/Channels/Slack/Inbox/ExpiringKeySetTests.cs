using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Slack.Inbox;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Inbox;

public sealed class ExpiringKeySetTests
{
    [Fact]
    public void TryAdd_SameKeyWithinTheLifetime_IsRefused()
    {
        var sut = CreateSut(new FakeTimeProvider());
        sut.TryAdd("event:Ev1");

        Assert.False(sut.TryAdd("event:Ev1"));
    }

    [Fact]
    public void TryAdd_SameKeyAfterTheLifetime_IsAccepted()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time);
        sut.TryAdd("event:Ev1");

        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.True(sut.TryAdd("event:Ev1"));
    }

    [Fact]
    public void TryAdd_ManyKeysOverTime_ForgetsTheExpiredOnes()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time);
        for (var i = 0; i < 1000; i++)
        {
            sut.TryAdd($"event:{i}");
            time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.InRange(sut.Count, 120, 400);
    }

    private static ExpiringKeySet CreateSut(TimeProvider time) => new(TimeSpan.FromMinutes(10), time);
}
