using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The watch's data in the bot's SQLite file: hosts and histories as JSON rows, and the lease as one row whose token
/// grows with every grant. A history is written only while its writer's grant is the newest (the fence).
/// </summary>
internal sealed class SqliteWatchStore(SqliteDatabase database) : IWatchStore
{
    private const string LeaseName = "watch";
    private readonly SqliteJsonTable<WatchedHost> _hosts = new(database, "watch_host", WatchJsonContext.Default.WatchedHost);
    private readonly SqliteJsonTable<WatchHistory> _histories = new(database, "watch_history", WatchJsonContext.Default.WatchHistory);
    private readonly SqliteJsonTable<WatchRecipient> _recipients = new(database, "watch_recipient", WatchJsonContext.Default.WatchRecipient);

    public Task SaveHostAsync(WatchedHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _hosts.UpsertAsync(host.Id, host.Added, host, cancellationToken);
    }

    public async Task<bool> RemoveHostAsync(string id, CancellationToken cancellationToken)
    {
        await _histories.DeleteAsync(id, cancellationToken);
        return await _hosts.DeleteAsync(id, cancellationToken);
    }

    public Task<WatchedHost?> GetHostAsync(string id, CancellationToken cancellationToken) => _hosts.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<WatchedHost>> ListHostsAsync(CancellationToken cancellationToken) => _hosts.ListAsync(cancellationToken);

    public async Task<WatchHistory> GetHistoryAsync(string id, CancellationToken cancellationToken) =>
        await _histories.GetAsync(id, cancellationToken) ?? WatchHistory.Empty;

    /// <remarks>
    /// One write through the database's writer for the pass's histories; each row is fenced in its own statement, and
    /// one refused rolls them all back.
    /// </remarks>
    public Task<bool> SaveHistoriesAsync(IReadOnlyDictionary<string, WatchHistory> histories, WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(lease);
        var rows = histories.Select(pair => (Id: pair.Key, At: SqliteTime.Format(pair.Value.LastProbe ?? DateTimeOffset.UnixEpoch),
            Json: JsonSerializer.Serialize(pair.Value, WatchJsonContext.Default.WatchHistory))).ToList();
        return database.Writer.WriteAsync(async transaction =>
        {
            foreach (var (id, at, json) in rows)
            {
                var command = transaction.Prepared("""
                    INSERT INTO watch_history (id, at, json)
                    SELECT $id, $at, $json WHERE EXISTS (SELECT 1 FROM watch_lease WHERE name = $name AND token = $token)
                    ON CONFLICT (id) DO UPDATE SET at = excluded.at, json = excluded.json
                    """);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$at", at);
                command.Parameters.AddWithValue("$json", json);
                command.Parameters.AddWithValue("$name", LeaseName);
                command.Parameters.AddWithValue("$token", lease.Token);
                if (await command.ExecuteNonQueryAsync(CancellationToken.None) != 1)
                    return false;
            }
            return true;
        }, static saved => saved, cancellationToken);
    }

    public async Task<WatchLease?> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var expires = now + duration;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // One statement, so two instances cannot both see the lease free: the row's token only ever grows.
        command.CommandText = """
            INSERT INTO watch_lease (name, holder, token, expires) VALUES ($name, $holder, 1, $expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = watch_lease.token + 1, expires = excluded.expires
            WHERE watch_lease.expires <= $now
            RETURNING token
            """;
        command.Parameters.AddWithValue("$name", LeaseName);
        command.Parameters.AddWithValue("$holder", holder);
        command.Parameters.AddWithValue("$expires", SqliteTime.Format(expires));
        command.Parameters.AddWithValue("$now", SqliteTime.Format(now));
        return await command.ExecuteScalarAsync(cancellationToken) is long token ? new WatchLease(holder, token, expires) : null;
    }

    public async Task<WatchLease?> RenewLeaseAsync(WatchLease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var expires = now + duration;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE watch_lease SET expires = $expires
            WHERE name = $name AND holder = $holder AND token = $token AND expires > $now
            """;
        command.Parameters.AddWithValue("$name", LeaseName);
        command.Parameters.AddWithValue("$holder", lease.Holder);
        command.Parameters.AddWithValue("$token", lease.Token);
        command.Parameters.AddWithValue("$expires", SqliteTime.Format(expires));
        command.Parameters.AddWithValue("$now", SqliteTime.Format(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? lease with { Expires = expires } : null;
    }

    public async Task ReleaseLeaseAsync(WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE watch_lease SET expires = $past WHERE name = $name AND token = $token";
        command.Parameters.AddWithValue("$name", LeaseName);
        command.Parameters.AddWithValue("$token", lease.Token);
        command.Parameters.AddWithValue("$past", SqliteTime.Format(DateTimeOffset.UnixEpoch));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task SaveRecipientAsync(WatchRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return _recipients.UpsertAsync(recipient.Id, DateTimeOffset.UnixEpoch, recipient, cancellationToken);
    }

    public Task<IReadOnlyList<WatchRecipient>> ListRecipientsAsync(CancellationToken cancellationToken) => _recipients.ListAsync(cancellationToken);
}
