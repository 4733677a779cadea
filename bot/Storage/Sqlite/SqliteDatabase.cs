using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's SQLite file and creates its tables on first use. <see cref="CheckAsync"/> tells at
/// start whether the file can be used at all.
/// </summary>
internal sealed class SqliteDatabase : IStorageCheck, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    /// <summary>The physical connections whose per-connection settings are made (they outlive their pooled wrappers).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();

    public SqliteDatabase(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
        Path = path;
        Writer = new SqliteWriter(this);
        Reader = new SqliteReader(this);
    }

    public string Path { get; }

    /// <summary>Where the writes of every turn go, committed together (see <see cref="SqliteWriter"/>).</summary>
    public SqliteWriter Writer { get; }

    /// <summary>Where the reads of every turn go, on connections with their statements prepared (see <see cref="SqliteReader"/>).</summary>
    public SqliteReader Reader { get; }

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync();
        await Writer.DisposeAsync();
    }

    /// <summary>
    /// Checks the store before the bot starts: the data folder can be made, a file already there opens and passes
    /// <c>PRAGMA quick_check</c> (read only, so a damaged file is left exactly as it is), and a write commits.
    /// Throws <see cref="StartupProblemException"/> naming the file and the problem.
    /// </summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblemException($"The data folder '{folder}' cannot be made: {e.Message} Set Storage:DataFolder to a folder the bot may write to.", e);
        }
        if (File.Exists(Path))
            await QuickCheckAsync(cancellationToken);
        try
        {
            await WriteProbeAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StartupProblemException($"The data file '{Path}' cannot be written: {e.Message} Check that the bot may write to it and to its folder.", e);
        }
    }

    /// <summary>Commits a write that changes nothing a user keeps (the time of the last check); throws when the file cannot take it.</summary>
    public async Task WriteProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO storage_check (id, at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ON CONFLICT (id) DO UPDATE SET at = excluded.at
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task QuickCheckAsync(CancellationToken cancellationToken)
    {
        var readOnly = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        string? problem;
        try
        {
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            var result = await command.ExecuteScalarAsync(cancellationToken) as string;
            problem = result == "ok" ? null : $"it is damaged ({result})";
        }
        catch (SqliteException e)
        {
            problem = e.Message;
        }
        if (problem is not null)
        {
            throw new StartupProblemException(
                $"The data file '{Path}' cannot be used: {problem} It was left unchanged: restore it from a backup, " +
                "or move it away to start with an empty one.");
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // A pooled connection keeps its settings: they are set once per physical connection, not on every open.
            if (!_configured.TryGetValue(connection.Handle!, out _))
            {
                // Unlike the journal mode, synchronous belongs to the connection, not the file: without it, a
                // connection other than the one that created the schema would wait for a sync on every commit.
                await ConfigureAsync(connection, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", cancellationToken);
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ConfigureAsync(connection, "PRAGMA busy_timeout = 30000", cancellationToken);
        return connection;
    }

    // A writer that finds the file locked waits inside SQLite (busy_timeout), retrying within milliseconds; without
    // it Microsoft.Data.Sqlite retries itself after sleeping 150 ms, which under concurrent turns dominates their latency.
    private static async Task ConfigureAsync(SqliteConnection connection, string pragmas, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task CreateSchemaAsync()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        // WAL lets readers work while a turn writes; it is a property of the file, so set once.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS conversation_state (
                key        TEXT PRIMARY KEY,
                json       TEXT NOT NULL,
                etag       INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS conversation_state_updated_at ON conversation_state (updated_at);
            CREATE TABLE IF NOT EXISTS case_outcome (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS helpdesk_case (
                id        TEXT PRIMARY KEY,
                version   INTEGER NOT NULL,
                live      INTEGER NOT NULL,
                escalated TEXT NOT NULL,
                json      TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS helpdesk_case_listed ON helpdesk_case (live, escalated);
            CREATE TABLE IF NOT EXISTS helpdesk_case_conversation (
                conversation_key TEXT NOT NULL,
                case_id          TEXT NOT NULL,
                PRIMARY KEY (conversation_key, case_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS helpdesk_case_conversation_case ON helpdesk_case_conversation (case_id);
            CREATE TABLE IF NOT EXISTS case_rating (
                id               TEXT PRIMARY KEY,
                conversation_key TEXT NOT NULL,
                pending          INTEGER NOT NULL,
                at               TEXT NOT NULL,
                json             TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS case_rating_pending ON case_rating (conversation_key) WHERE pending = 1;
            CREATE TABLE IF NOT EXISTS helpdesk_audit (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS helpdesk_audit_at ON helpdesk_audit (at);
            CREATE TABLE IF NOT EXISTS conversation_reference (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS slack_installation (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS check_audit (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS check_audit_at ON check_audit (at);
            CREATE TABLE IF NOT EXISTS transcript_line (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_key TEXT NOT NULL,
                at               TEXT NOT NULL,
                json             TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS transcript_line_conversation ON transcript_line (conversation_key, id);
            CREATE INDEX IF NOT EXISTS transcript_line_at ON transcript_line (at);
            CREATE TABLE IF NOT EXISTS directline_activity (
                conversation_id TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                activity_id     TEXT NOT NULL,
                at              TEXT NOT NULL,
                json            TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            CREATE INDEX IF NOT EXISTS directline_activity_at ON directline_activity (at);
            CREATE TABLE IF NOT EXISTS storage_check (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS outbox (
                id              TEXT PRIMARY KEY,
                idempotency_key TEXT NOT NULL,
                kind            TEXT NOT NULL,
                destination     TEXT NOT NULL,
                payload         TEXT NOT NULL,
                created         TEXT NOT NULL,
                attempts        INTEGER NOT NULL,
                next_attempt    TEXT NOT NULL,
                state           TEXT NOT NULL,
                reason          TEXT
            );
            CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt);
            CREATE TABLE IF NOT EXISTS helpdesk_ticket (
                case_id TEXT NOT NULL,
                system  TEXT NOT NULL,
                at      TEXT NOT NULL,
                json    TEXT NOT NULL,
                PRIMARY KEY (case_id, system)
            );
            CREATE TABLE IF NOT EXISTS inbound_item (
                channel          TEXT NOT NULL,
                id               TEXT NOT NULL,
                conversation_key TEXT NOT NULL,
                payload          TEXT NOT NULL,
                received         TEXT NOT NULL,
                handled          INTEGER NOT NULL,
                starts           INTEGER NOT NULL,
                PRIMARY KEY (channel, id)
            );
            CREATE INDEX IF NOT EXISTS inbound_item_unhandled ON inbound_item (channel, handled, received);
            CREATE INDEX IF NOT EXISTS inbound_item_received ON inbound_item (received);
            CREATE TABLE IF NOT EXISTS watch_host (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS watch_history (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS watch_recipient (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS watch_lease (
                name    TEXT PRIMARY KEY,
                holder  TEXT NOT NULL,
                token   INTEGER NOT NULL,
                expires TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS directline_awaiting_turn (
                conversation_id TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            """;
        await command.ExecuteNonQueryAsync();
    }
}
