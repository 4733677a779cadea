using RdpHelpBot.Bot.Channels.Slack.SocketMode;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.SocketMode;

public sealed class SocketModeBackoffTests
{
    [Fact]
    public void NextDelay_RepeatedFailures_DoublesUpToTheCap()
    {
        var sut = new SocketModeBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

        var delays = Enumerable.Range(0, 6).Select(_ => sut.NextDelay().TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 10, 10], delays);
    }

    [Fact]
    public void NextDelay_AfterReset_StartsAgainFromTheFirstDelay()
    {
        var sut = new SocketModeBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        sut.NextDelay();
        sut.NextDelay();

        sut.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), sut.NextDelay());
    }
}
