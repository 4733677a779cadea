using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteStateStoreTests : StateStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override IStateStore CreateSut() =>
        new SqliteStateStore(new SqliteDatabase(_folder.File("state.db")), Time);

    [Fact]
    public async Task ReadAsync_AfterReopeningTheFile_ReturnsWhatWasWritten()
    {
        var ct = TestContext.Current.CancellationToken;
        var etag = await CreateSut().WriteAsync("c1", """{"stack":[]}""", null, ct);

        var reopened = CreateSut();

        Assert.Equal(new StoredState("""{"stack":[]}""", etag), await reopened.ReadAsync("c1", ct));
    }

    [Fact]
    public async Task Database_IsInWriteAheadLogMode()
    {
        var database = new SqliteDatabase(_folder.File("wal.db"));
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => _folder.Dispose();
}
