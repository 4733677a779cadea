using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The reads every turn makes (its state, the conversation's live helpdesk case, its pending rating) on connections
/// kept open with their statements prepared once: taking a pooled connection and parsing the statement again cost
/// more than running it. Reads run side by side, each on a connection of its own, and WAL lets them run while the
/// writer writes. A connection whose read failed is closed, not used again.
/// </summary>
internal sealed class SqliteReader(SqliteDatabase database) : IAsyncDisposable
{
    /// <summary>Connections kept open between reads at most; more are opened while more reads run at once, and closed after.</summary>
    private const int MaxIdle = 4;

    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="sql"/> with the one parameter <paramref name="name"/> bound and returns what <paramref name="read"/> makes of its rows.</summary>
    public async Task<T> ReadAsync<T>(string sql, string name, object value, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _idle.TryTake(out var idle) ? idle : new PreparedConnection(await database.OpenAsync(cancellationToken));
        T result;
        try
        {
            var command = connection.Prepared(sql, transaction: null);
            command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            result = read(reader);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        if (_disposed || _idle.Count >= MaxIdle)
            await connection.DisposeAsync();
        else
        {
            _idle.Add(connection);
            // Disposed meanwhile: what was just put back is closed here, as DisposeAsync may have drained the bag before.
            if (_disposed && _idle.TryTake(out var late))
                await late.DisposeAsync();
        }
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
            await connection.DisposeAsync();
    }
}
