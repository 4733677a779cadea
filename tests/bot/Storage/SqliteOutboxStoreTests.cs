using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteOutboxStoreTests : OutboxStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private SqliteDatabase Database => new(_folder.File("outbox.db"));

    protected override IOutboxStore CreateSut() => new SqliteOutboxStore(Database);

    [Fact]
    public async Task AddAsync_InAStateWrite_IsKeptWithTheState()
    {
        var database = Database;
        var outbox = new SqliteOutboxStore(database);

        await new SqliteStateStore(database, TimeProvider.System).WriteAsync("c1", "{}", null, [new Rows(outbox, Row("a"))], Ct);

        Assert.Equal("a", Assert.Single(await CreateSut().ListAsync(OutboxState.Pending, Ct)).Id);
    }

    [Fact]
    public async Task AddAsync_InAStateWriteWhoseOtherPartFails_KeepsNoRowAndNoState()
    {
        var database = Database;
        var states = new SqliteStateStore(database, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(() => states.WriteAsync("c1", "{}", null, [new Rows(new SqliteOutboxStore(database), Row("a")), new Failing()], Ct));

        Assert.Empty(await CreateSut().ListAsync(OutboxState.Pending, Ct));
        Assert.Null(await states.ReadAsync("c1", Ct));
    }

    private sealed class Failing : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => throw new IOException("disk full");
    }

    private sealed class Rows(IOutboxStore store, params OutboxMessage[] rows) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => store.AddAsync(rows, transaction, cancellationToken);
    }

    public void Dispose() => _folder.Dispose();
}
