using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The writes of every turn (a kept activity, a turn's state with its replies, a reply marked delivered) on one
/// connection, one transaction at a time: SQLite takes one writer anyway, and writers on several connections wait
/// for its lock in SQLite's busy handler, which sleeps milliseconds at a time. Writes that arrive while a
/// transaction is being written are committed together in the next one (group commit), each in its own savepoint,
/// so that one that fails or keeps nothing leaves the others be. A write's task completes once it has committed.
/// </summary>
/// <remarks>
/// The writer runs on a thread of its own. Microsoft.Data.Sqlite does its work synchronously whatever method is
/// called, so the thread pool gained nothing from it, and under load every batch waited in the pool's queue behind
/// the turns before it could start: with the writer on the pool, a turn's p99 was about 2.9 times its p50 under the
/// SDK peer's load, with its own thread about 2.3 times (bench/README.md).
/// </remarks>
internal sealed class SqliteWriter(SqliteDatabase database) : IAsyncDisposable
{
    /// <summary>Writes committed together at most: enough for every conversation waiting at once, not so many that one commit holds the others long.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Write> _writes = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly List<Write> _batch = new(MaxBatch);
    private Task? _loop;
    private PreparedConnection? _connection;

    /// <summary>
    /// Runs <paramref name="work"/> in the next transaction and returns its result once that has committed; a result
    /// <paramref name="keep"/> refuses is rolled back (returned all the same), and a throw rolls back this write only.
    /// </summary>
    /// <remarks>Once queued, the write runs and commits whatever the caller's token does: a caller that gave up must not break the others' commit.</remarks>
    public Task<T> WriteAsync<T>(Func<SqliteStateTransaction, Task<T>> work, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new Write<T>(work, keep);
        if (!_writes.Writer.TryWrite(write))
            throw new ObjectDisposedException(nameof(SqliteWriter));
        EnsureRunning();
        return write.Committed;
    }

    /// <summary>A write that always keeps what it wrote.</summary>
    public Task WriteAsync(Func<SqliteStateTransaction, Task> work, CancellationToken cancellationToken) =>
        WriteAsync(async transaction =>
        {
            await work(transaction);
            return true;
        }, static _ => true, cancellationToken);

    private void EnsureRunning()
    {
        if (_loop is not null)
            return;
        lock (_gate)
        {
            if (_loop is not null)
                return;
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _loop = stopped.Task;
            new Thread(() => Run(stopped)) { IsBackground = true, Name = "SQLite writer" }.Start();
        }
    }

    // Blocks between batches and on each commit: the thread is the writer's alone.
    private void Run(TaskCompletionSource stopped)
    {
        var reader = _writes.Reader;
        while (reader.TryPeek(out _) || reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (_batch.Count < MaxBatch && reader.TryRead(out var write))
                _batch.Add(write);
            CommitAsync(_batch).GetAwaiter().GetResult();
            _batch.Clear();
        }
        stopped.TrySetResult();
    }

    private async Task CommitAsync(List<Write> batch)
    {
        try
        {
            var connection = _connection ??= new PreparedConnection(await database.OpenAsync(CancellationToken.None));
            await using var transaction = (SqliteTransaction)await connection.Connection.BeginTransactionAsync();
            var context = new SqliteStateTransaction(connection.Connection, transaction, connection);
            if (batch.Count == 1)
            {
                // Alone in its transaction: no savepoint needed, the transaction is the write's own.
                if (await batch[0].RunAsync(context))
                    await transaction.CommitAsync();
                else
                    await transaction.RollbackAsync();
            }
            else
            {
                foreach (var write in batch)
                    await RunInSavepointAsync(write, context);
                await transaction.CommitAsync();
            }
        }
        catch (Exception exception)
        {
            // Deliberately broad: whatever stopped the transaction fails every write in it (none committed), and the
            // connection is opened afresh for the next batch.
            foreach (var write in batch)
                write.Fail(exception);
            if (_connection is { } broken)
            {
                _connection = null;
                await broken.DisposeAsync();
            }
            return;
        }
        foreach (var write in batch)
            write.Complete();
    }

    // The savepoint statements are prepared once on the writer's connection, like the writes' own: a batch runs them
    // for every write in it, and parsing them each time cost more than many of the writes.
    private static async Task RunInSavepointAsync(Write write, SqliteStateTransaction context)
    {
        await context.Prepared("SAVEPOINT w").ExecuteNonQueryAsync(CancellationToken.None);
        bool keep;
        try
        {
            keep = await write.RunAsync(context);
        }
        catch (Exception exception) when (exception is not SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_CORRUPT })
        {
            // Deliberately broad: this write's own failure (a participant's bug, a constraint) is its caller's to see;
            // the others in the transaction still commit. A failure of the file itself fails them all (above).
            write.Fail(exception);
            keep = false;
        }
        if (!keep)
            await context.Prepared("ROLLBACK TO SAVEPOINT w").ExecuteNonQueryAsync(CancellationToken.None);
        await context.Prepared("RELEASE SAVEPOINT w").ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        if (_loop is { } loop)
            await loop;
        if (_connection is { } connection)
            await connection.DisposeAsync();
    }

    private abstract class Write
    {
        /// <summary>Whether what it wrote is kept.</summary>
        public abstract Task<bool> RunAsync(SqliteStateTransaction transaction);

        /// <summary>Its transaction committed (a write that already failed stays failed).</summary>
        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Write<T>(Func<SqliteStateTransaction, Task<T>> work, Func<T, bool> keep) : Write
    {
        private readonly TaskCompletionSource<T> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Committed => _committed.Task;

        public override async Task<bool> RunAsync(SqliteStateTransaction transaction)
        {
            _result = await work(transaction);
            return keep(_result);
        }

        public override void Complete() => _committed.TrySetResult(_result);

        public override void Fail(Exception exception) => _committed.TrySetException(exception);
    }
}

/// <summary>
/// A connection kept open with the statements run on it every turn, each prepared once: the writer's (see
/// <see cref="SqliteWriter"/>) and the readers' (see <see cref="SqliteReader"/>).
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>The statement for <paramref name="sql"/>, prepared the first time, with no parameters bound; owned here, not disposed by the caller.</summary>
    public SqliteCommand Prepared(string sql, SqliteTransaction? transaction)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
            await command.DisposeAsync();
        await connection.DisposeAsync();
    }
}
