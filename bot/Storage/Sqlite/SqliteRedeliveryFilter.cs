using RdpHelpBot.Bot.Channels.Redelivery;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The redelivery filter in the bot's SQLite file (table <c>redelivery_key</c>), so a redelivery is recognised
/// after a restart and by every instance that shares the file. Expired keys are deleted at most once a minute, by
/// the sighting that finds the last deletion that old.
/// </summary>
internal sealed class SqliteRedeliveryFilter(SqliteDatabase database, TimeProvider time) : IRedeliveryFilter
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private long _nextPurgeTicks;

    public async ValueTask<bool> FirstSightingAsync(RedeliveryKey key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The key is taken when it is new or its window has passed; a key within its window is left as it is.
        command.CommandText = """
            INSERT INTO redelivery_key (channel, id, expires_at) VALUES ($channel, $id, $expires)
            ON CONFLICT (channel, id) DO UPDATE SET expires_at = excluded.expires_at WHERE redelivery_key.expires_at <= $now
            """;
        command.Parameters.AddWithValue("$channel", key.Channel);
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$expires", SqliteTime.Format(now + window));
        command.Parameters.AddWithValue("$now", SqliteTime.Format(now));
        var first = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (IsPurgeDue(now))
        {
            command.CommandText = "DELETE FROM redelivery_key WHERE expires_at <= $now";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return first;
    }

    private bool IsPurgeDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPurgeTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeInterval).UtcTicks, due) == due;
    }
}
