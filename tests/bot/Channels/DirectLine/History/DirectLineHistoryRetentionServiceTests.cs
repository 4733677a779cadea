using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine.History;

public sealed class DirectLineHistoryRetentionServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly IDirectLineHistory _history = new InMemoryDirectLineHistory();

    private DirectLineHistoryRetentionService CreateSut(int retentionDays) => new(
        _history, Options.Create(new DirectLineOptions { HistoryRetentionDays = retentionDays }), _time,
        NullLogger<DirectLineHistoryRetentionService>.Instance);

    private KeptActivity Activity(long sequence, string text, int daysLater) =>
        new(sequence, $"c1|{sequence:D7}", _time.GetUtcNow().AddDays(daysLater), JsonSerializer.SerializeToElement(new { text }));

    [Fact]
    public async Task PurgeAsync_ActivitiesOlderThanTheRetention_AreDeletedAndNewerOnesKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await _history.AppendAsync("c1", Activity(1, "old", daysLater: 0), oldestKept: 1, ct);
        await _history.AppendAsync("c1", Activity(2, "recent", daysLater: 3), oldestKept: 1, ct);
        _time.Advance(TimeSpan.FromDays(8));

        await CreateSut(retentionDays: 7).PurgeAsync(ct);

        Assert.Equal(["recent"], (await _history.LoadAsync("c1", 100, ct)).Select(a => a.Activity.GetProperty("text").GetString()));
    }
}
