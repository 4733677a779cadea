using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Tests.Storage;

/// <summary>Turns whose writes are committed together: each keeps its own outcome, whatever the others' was.</summary>
public sealed class SqliteWriterTests : IDisposable
{
    private const int Turns = 40;

    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_ManyTurnsAtOnceWithOneFailing_KeepsEveryOtherTurnsState()
    {
        await using var database = new SqliteDatabase(_folder.File("bot.db"));
        var states = new SqliteStateStore(database, TimeProvider.System);

        // Queued all at once, so that most of them share a transaction with the failing one.
        var writes = Enumerable.Range(0, Turns)
            .Select(i => states.WriteAsync($"c{i}", $$"""{"turn":{{i}}}""", null, i == Turns / 2 ? [new Failing()] : [], Ct))
            .ToList();

        await Assert.ThrowsAsync<IOException>(() => writes[Turns / 2]);
        // The failing write fails as soon as it has run; the others complete when their transaction has committed.
        await Task.WhenAll(writes.Where((_, i) => i != Turns / 2));
        for (var i = 0; i < Turns; i++)
        {
            if (i == Turns / 2)
                Assert.Null(await states.ReadAsync($"c{i}", Ct));
            else
                Assert.Equal($$"""{"turn":{{i}}}""", (await states.ReadAsync($"c{i}", Ct))?.Json);
        }
    }

    [Fact]
    public async Task WriteAsync_ATurnThatLostARaceAmongOthers_KeepsNothingOfItsOwnAndAllOfTheirs()
    {
        await using var database = new SqliteDatabase(_folder.File("bot.db"));
        var states = new SqliteStateStore(database, TimeProvider.System);
        var first = await states.WriteAsync("shared", "{}", null, Ct);
        var marks = new Marks(new SqliteOutboxStore(database));

        var writes = Enumerable.Range(0, Turns)
            .Select(i => states.WriteAsync(i == 0 ? "shared" : $"c{i}", $$"""{"turn":{{i}}}""", i == 0 ? "999" : null, [marks.For(i)], Ct))
            .ToList();

        await Assert.ThrowsAsync<StateConflictException>(() => writes[0]);
        await Task.WhenAll(writes.Skip(1));
        Assert.Equal("{}", (await states.ReadAsync("shared", Ct))?.Json);
        Assert.Equal(first, (await states.ReadAsync("shared", Ct))?.ETag);
        Assert.Equal(Turns - 1, await CountAsync(database, "SELECT COUNT(*) FROM conversation_state WHERE key LIKE 'c%'"));
        Assert.Equal(Turns - 1, await CountAsync(database, "SELECT COUNT(*) FROM outbox"));
    }

    private static async Task<long> CountAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>A reply of each turn, kept in the outbox only when its state is.</summary>
    private sealed class Marks(IOutboxStore outbox)
    {
        public IStateWriteParticipant For(int turn) => new Reply(outbox, turn);

        private sealed class Reply(IOutboxStore outbox, int turn) : IStateWriteParticipant
        {
            public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => outbox.AddAsync([new OutboxMessage
            {
                Id = $"reply-{turn}",
                IdempotencyKey = $"reply-{turn}",
                Kind = OutboxKinds.Message,
                Destination = "{}",
                Payload = "{}",
            }], transaction, cancellationToken);
        }
    }

    private sealed class Failing : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => throw new IOException("disk full");
    }

    public void Dispose() => _folder.Dispose();
}
