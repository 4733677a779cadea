using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Tests.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteTranscriptStoreTests : TranscriptStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override ITranscriptStore CreateSut() => new SqliteTranscriptStore(new SqliteDatabase(_folder.File("transcripts.db")));

    [Fact]
    public async Task ReadAsync_AfterReopeningTheFile_ReturnsWhatWasAppended()
    {
        var ct = TestContext.Current.CancellationToken;
        var line = new TranscriptLine("console:c1", DateTimeOffset.UnixEpoch, TranscriptSpeaker.User, "hello");
        await CreateSut().AppendAsync([line], ct);

        var reopened = CreateSut();

        Assert.Equal([line], await reopened.ReadAsync("console:c1", ct));
    }

    public void Dispose() => _folder.Dispose();
}
