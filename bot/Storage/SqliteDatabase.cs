using Microsoft.Data.Sqlite;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Opens connections to the bot's SQLite file and creates its tables on first use.</summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    public SqliteDatabase(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
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
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken);
        var connection = await OpenRawAsync(cancellationToken);
        try
        {
            // Unlike the journal mode, synchronous belongs to the connection, not the file: without this, a
            // connection other than the one that created the schema would wait for a sync on every commit.
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL";
            await command.ExecuteNonQueryAsync(cancellationToken);
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
        // A writer that finds the file locked waits inside SQLite, retrying within milliseconds; without a busy
        // timeout Microsoft.Data.Sqlite retries itself after sleeping 150 ms, which under concurrent turns
        // dominates their latency.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
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
            CREATE TABLE IF NOT EXISTS escalation_request (
                id   TEXT PRIMARY KEY,
                at   TEXT NOT NULL,
                json TEXT NOT NULL
            );
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
            CREATE TABLE IF NOT EXISTS directline_awaiting_turn (
                conversation_id TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            """;
        await command.ExecuteNonQueryAsync();
    }
}
