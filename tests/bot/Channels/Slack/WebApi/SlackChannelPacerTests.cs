using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.WebApi;

public sealed class SlackChannelPacerTests
{
    [Fact]
    public async Task WaitTurn_ManyChannelsOverTime_ForgetsTheOnesWhoseIntervalHasPassed()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time);

        for (var i = 0; i < 1000; i++)
        {
            await sut.WaitTurnAsync($"C{i}", TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.InRange(sut.Count, 1, 300);
    }

    [Fact]
    public async Task WaitTurn_SecondMessageToAChannel_WaitsTheIntervalEvenAfterOthersWereForgotten()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time);
        await sut.WaitTurnAsync("C-busy", TestContext.Current.CancellationToken);
        for (var i = 0; i < 600; i++)
            await sut.WaitTurnAsync($"C{i}", TestContext.Current.CancellationToken);

        var second = sut.WaitTurnAsync("C-busy", TestContext.Current.CancellationToken);
        var waitedBeforeTheInterval = !second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(waitedBeforeTheInterval);
    }

    private static SlackChannelPacer CreateSut(TimeProvider time) => new(new SlackOptions { MessageInterval = TimeSpan.FromSeconds(1) }, time);
}
