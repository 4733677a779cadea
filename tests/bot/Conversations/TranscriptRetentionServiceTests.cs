using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Conversations;

public sealed class TranscriptRetentionServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryTranscriptStore _transcripts = new();

    private TranscriptRetentionService CreateSut(int retentionDays) => new(
        _transcripts, Options.Create(new TranscriptOptions { RetentionDays = retentionDays }), _time,
        NullLogger<TranscriptRetentionService>.Instance);

    [Fact]
    public async Task PurgeAsync_LinesOlderThanTheRetention_AreDeletedAndNewerOnesKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await _transcripts.AppendAsync(
        [
            new("console:c1", _time.GetUtcNow(), TranscriptSpeaker.User, "old"),
            new("console:c1", _time.GetUtcNow().AddDays(5), TranscriptSpeaker.User, "recent"),
        ], ct);
        _time.Advance(TimeSpan.FromDays(31));

        await CreateSut(retentionDays: 30).PurgeAsync(ct);

        Assert.Equal(["recent"], (await _transcripts.ReadAsync("console:c1", ct)).Select(line => line.Text));
    }
}
