using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;

namespace RdpHelpBot.Bot.Tests.Channels;

public sealed class KeyedPacerTests
{
    private static readonly PaceLimit[] OneASecond = [new(1, TimeSpan.FromSeconds(1))];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitTurn_ManyKeysOverTime_ForgetsTheOnesWhoseIntervalHasPassed()
    {
        var time = new FakeTimeProvider();
        var sut = new KeyedPacer(OneASecond, time);

        for (var i = 0; i < 1000; i++)
        {
            await sut.WaitTurnAsync($"C{i}", Ct);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.InRange(sut.Count, 1, 300);
    }

    [Fact]
    public async Task WaitTurn_SecondSendToAKey_WaitsTheIntervalEvenAfterOthersWereForgotten()
    {
        var time = new FakeTimeProvider();
        var sut = new KeyedPacer(OneASecond, time);
        await sut.WaitTurnAsync("C-busy", Ct);
        for (var i = 0; i < 600; i++)
            await sut.WaitTurnAsync($"C{i}", Ct);

        var second = sut.WaitTurnAsync("C-busy", Ct);
        var waitedBeforeTheInterval = !second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.True(waitedBeforeTheInterval);
    }

    [Fact]
    public async Task WaitTurn_PastCapacity_KeepsTheNumberOfKeysBounded()
    {
        var time = new FakeTimeProvider();
        var sut = new KeyedPacer(OneASecond, time, capacity: 100);

        for (var i = 0; i < 250; i++)
            await sut.WaitTurnAsync($"C{i}", Ct);

        Assert.InRange(sut.Count, 1, 100);
    }

    [Fact]
    public async Task WaitTurn_TeamsLimits_TheEighthSendInASecondWaits()
    {
        var time = new FakeTimeProvider();
        var sut = new KeyedPacer(ConnectorClient.TeamsLimits, time);
        for (var i = 0; i < 7; i++)
            await sut.WaitTurnAsync("19:conversation", Ct);

        var eighth = sut.WaitTurnAsync("19:conversation", Ct);
        var otherConversation = sut.WaitTurnAsync("19:other", Ct);
        var waited = !eighth.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal((true, true), (waited, otherConversation.IsCompletedSuccessfully));
    }
}
