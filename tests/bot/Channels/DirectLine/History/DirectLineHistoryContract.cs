using System.Text.Json;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine.History;

/// <summary>What every Direct Line history must do; each store's tests inherit these.</summary>
public abstract class DirectLineHistoryContract
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected abstract IDirectLineHistory CreateSut();

    private protected static KeptActivity Activity(long sequence, DateTimeOffset? at = null) => new(
        sequence, $"c1|{sequence:D7}", at ?? Now, JsonSerializer.SerializeToElement(new { type = "message", id = $"c1|{sequence:D7}", text = $"message {sequence}" }));

    private protected static async Task AppendAsync(IDirectLineHistory history, string conversationId, int count, int keep = 100, DateTimeOffset? at = null)
    {
        for (var sequence = 1; sequence <= count; sequence++)
            await history.AppendAsync(conversationId, Activity(sequence, at), oldestKept: Math.Max(1, sequence - keep + 1), Ct);
    }

    [Fact]
    public async Task LoadAsync_AfterAppends_ReturnsThemInOrderWithTheirJson()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 3);

        var kept = await history.LoadAsync("c1", 100, Ct);

        Assert.Equal(["message 1", "message 2", "message 3"], kept.Select(a => a.Activity.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task LoadAsync_MoreThanAsked_ReturnsTheNewest()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 5);

        var kept = await history.LoadAsync("c1", 2, Ct);

        Assert.Equal([4L, 5L], kept.Select(a => a.Sequence));
    }

    [Fact]
    public async Task LoadAsync_UnknownConversation_IsEmpty()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 1);

        Assert.Empty(await history.LoadAsync("c2", 100, Ct));
    }

    [Fact]
    public async Task AppendAsync_WithAnOldestToKeep_ForgetsTheOlderOnes()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 12, keep: 10);

        var kept = await history.LoadAsync("c1", 100, Ct);

        Assert.Equal((3L, 12L, 10), (kept[0].Sequence, kept[^1].Sequence, kept.Count));
    }

    [Fact]
    public async Task PurgeOlderThanAsync_DeletesOnlyOlderActivities()
    {
        var history = CreateSut();
        await AppendAsync(history, "old", 2, at: Now.AddDays(-8));
        await AppendAsync(history, "new", 1, at: Now);

        var purged = await history.PurgeOlderThanAsync(Now.AddDays(-7), Ct);

        Assert.Equal((2, 0, 1), (purged, (await history.LoadAsync("old", 100, Ct)).Count, (await history.LoadAsync("new", 100, Ct)).Count));
    }
}
