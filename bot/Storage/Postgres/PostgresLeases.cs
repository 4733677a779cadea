namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// Named leases for scheduled work that one instance at a time must do (table <c>leases</c>): a grant lasts until it
/// expires unless its holder renews it, and its fencing token grows with every grant, so a write fenced with an
/// older token (a holder that stalled past its expiry while another took over) is refused.
/// </summary>
internal sealed class PostgresLeases(PostgresDatabase database)
{
    /// <summary>The grant's token, or null while another holder's grant runs.</summary>
    public async Task<long?> TryAcquireAsync(string name, string holder, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        // One statement, so two instances cannot both see the lease free: the row's token only ever grows.
        var granted = await database.QueryAsync("""
            INSERT INTO leases (name, holder, token, expires) VALUES (@name, @holder, 1, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = leases.token + 1, expires = excluded.expires
            WHERE leases.expires <= @now
            RETURNING token
            """,
            parameters =>
            {
                parameters.AddWithValue("name", name);
                parameters.AddWithValue("holder", holder);
                parameters.AddWithValue("expires", PostgresTime.Utc(expires));
                parameters.AddWithValue("now", PostgresTime.Utc(now));
            },
            reader => reader.GetInt64(0), cancellationToken);
        return granted.Count == 0 ? null : granted[0];
    }

    /// <summary>Extends a held, unexpired grant; false when it was lost.</summary>
    public async Task<bool> RenewAsync(string name, string holder, long token, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("""
            UPDATE leases SET expires = @expires
            WHERE name = @name AND holder = @holder AND token = @token AND expires > @now
            """,
            parameters =>
            {
                parameters.AddWithValue("name", name);
                parameters.AddWithValue("holder", holder);
                parameters.AddWithValue("token", token);
                parameters.AddWithValue("expires", PostgresTime.Utc(expires));
                parameters.AddWithValue("now", PostgresTime.Utc(now));
            }, cancellationToken) == 1;

    /// <summary>Ends the grant at once, if it is still the newest.</summary>
    public Task ReleaseAsync(string name, long token, CancellationToken cancellationToken) =>
        GrantAsync("UPDATE leases SET expires = '-infinity' WHERE name = @name AND token = @token", name, "token", token, cancellationToken);

    /// <summary>
    /// Ends <paramref name="holder"/>'s grant and forgets the lease, for a lease named after something that comes and
    /// goes (a conversation) whose token fences nothing: a later grant starts again at 1.
    /// </summary>
    public Task EndAsync(string name, string holder, CancellationToken cancellationToken) =>
        GrantAsync("DELETE FROM leases WHERE name = @name AND holder = @holder", name, "holder", holder, cancellationToken);

    /// <summary>Runs <paramref name="sql"/> on the grant of lease <paramref name="name"/> that <paramref name="grant"/> (a token or holder) names.</summary>
    private Task<int> GrantAsync(string sql, string name, string parameter, object grant, CancellationToken cancellationToken) =>
        database.ExecuteAsync(sql, parameters =>
        {
            parameters.AddWithValue("name", name);
            parameters.AddWithValue(parameter, grant);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that holds the lease row shared while <paramref name="token"/> is
    /// still the newest grant (a take-over waits until it commits); false, and nothing run, once it is not.
    /// </summary>
    public Task<bool> FencedAsync(string name, long token, Func<PostgresStateTransaction, Task> work, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async transaction =>
        {
            await using var fence = await transaction.CommandAsync("SELECT 1 FROM leases WHERE name = @name AND token = @token FOR SHARE", cancellationToken);
            fence.Parameters.AddWithValue("name", name);
            fence.Parameters.AddWithValue("token", token);
            if (await fence.ExecuteScalarAsync(cancellationToken) is null)
                return false;
            await work(transaction);
            return true;
        }, cancellationToken);
}
