using System.Net.Sockets;
using Npgsql;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The bot's PostgreSQL database: one pooled <see cref="NpgsqlDataSource"/> for the process, and the schema brought
/// to this build's version before the first use (<see cref="PostgresSchema"/>). <see cref="CheckAsync"/> tells at
/// start whether the server answers and the schema is one this build knows.
/// </summary>
internal sealed class PostgresDatabase : IStorageCheck, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<Task> _schema;

    public PostgresDatabase(string connectionString)
    {
        Server = PostgresConnectionString.Server(connectionString);
        _dataSource = NpgsqlDataSource.Create(PostgresConnectionString.WithPoolDefaults(connectionString));
        _schema = new Lazy<Task>(() => PostgresSchema.MigrateAsync(_dataSource, Server, CancellationToken.None));
    }

    /// <summary>HOST:PORT, for messages.</summary>
    public string Server { get; }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _schema.Value.WaitAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new StartupProblemException(
                $"PostgreSQL at {Server} refused the login ({e.MessageText}). Check the user and password in Storage:ConnectionString.", e);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName)
        {
            throw new StartupProblemException(
                $"PostgreSQL at {Server} has no such database ({e.MessageText}). Create it, or name another in Storage:ConnectionString.", e);
        }
        catch (PostgresException e)
        {
            throw new StartupProblemException(
                $"PostgreSQL at {Server} refused to set up the bot's tables ({e.MessageText}). The user in Storage:ConnectionString needs CREATE rights on the database.", e);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartupProblemException($"PostgreSQL at {Server} did not answer ({Reason(e)}). Check Storage:ConnectionString and that the server runs.", e);
        }
    }

    /// <summary>An open connection from the pool, the schema migrated.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>An open connection from the pool, for the callers that cannot wait asynchronously (the key ring's repository).</summary>
    public NpgsqlConnection Open()
    {
        // The key ring is read and written synchronously by Data Protection; by then the start's check has migrated the schema.
        _schema.Value.GetAwaiter().GetResult();
        return _dataSource.OpenConnection();
    }

    /// <summary>Runs <paramref name="work"/> in a transaction of its own and commits it.</summary>
    public async Task<T> InTransactionAsync<T>(Func<PostgresStateTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = new PostgresStateTransaction(connection);
        var result = await work(transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Runs one statement on a pooled connection; the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one query on a pooled connection; each row read by <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command.Parameters);
        return await ReadAllAsync(command, read, cancellationToken);
    }

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The innermost message: the socket's or the timeout's, not Npgsql's wrapper.</summary>
    private static string Reason(Exception e)
    {
        while (e.InnerException is { } inner)
            e = inner;
        return e.Message.TrimEnd('.');
    }
}
