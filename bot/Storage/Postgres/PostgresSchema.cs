using Npgsql;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The bot's tables, as numbered migrations recorded in <c>schema_version</c>. Each start applies those the database
/// has not had yet, in one transaction holding an advisory lock, so that instances starting together wait for each
/// other instead of racing; a database migrated by a newer build stops the start rather than being misread.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock the migration holds ("RdpHelpB" in ASCII): one key for the bot, whatever the database.</summary>
    private const long MigrationLock = 0x5264_7048_656C_7042;

    /// <summary>Migration n (1-based) is element n - 1. Append only: a released migration never changes.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversation_state (
            key        text PRIMARY KEY,
            json       text NOT NULL,
            etag       bigint NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX conversation_state_updated_at ON conversation_state (updated_at);
        CREATE TABLE case_outcome (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE TABLE helpdesk_case (
            id        text PRIMARY KEY,
            version   bigint NOT NULL,
            live      boolean NOT NULL,
            escalated timestamptz NOT NULL,
            json      text NOT NULL
        );
        CREATE INDEX helpdesk_case_listed ON helpdesk_case (live, escalated);
        CREATE TABLE helpdesk_case_conversation (
            conversation_key text NOT NULL,
            case_id          text NOT NULL,
            PRIMARY KEY (conversation_key, case_id)
        );
        CREATE INDEX helpdesk_case_conversation_case ON helpdesk_case_conversation (case_id);
        CREATE TABLE case_rating (
            id               text PRIMARY KEY,
            conversation_key text NOT NULL,
            pending          boolean NOT NULL,
            at               timestamptz NOT NULL,
            json             text NOT NULL
        );
        CREATE INDEX case_rating_pending ON case_rating (conversation_key) WHERE pending;
        CREATE TABLE helpdesk_audit (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE INDEX helpdesk_audit_at ON helpdesk_audit (at);
        CREATE TABLE conversation_reference (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE TABLE slack_installation (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE TABLE check_audit (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE INDEX check_audit_at ON check_audit (at);
        CREATE TABLE transcript_line (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key text NOT NULL,
            at               timestamptz NOT NULL,
            json             text NOT NULL
        );
        CREATE INDEX transcript_line_conversation ON transcript_line (conversation_key, id);
        CREATE INDEX transcript_line_at ON transcript_line (at);
        CREATE TABLE directline_activity (
            conversation_id text NOT NULL,
            sequence        bigint NOT NULL,
            activity_id     text NOT NULL,
            at              timestamptz NOT NULL,
            json            text NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        CREATE INDEX directline_activity_at ON directline_activity (at);
        CREATE TABLE directline_awaiting_turn (
            conversation_id text NOT NULL,
            sequence        bigint NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        CREATE TABLE outbox (
            id              text PRIMARY KEY,
            idempotency_key text NOT NULL,
            kind            text NOT NULL,
            destination     text NOT NULL,
            payload         text NOT NULL,
            created         timestamptz NOT NULL,
            attempts        integer NOT NULL,
            next_attempt    timestamptz NOT NULL,
            state           text NOT NULL,
            reason          text,
            claimed_until   timestamptz
        );
        CREATE INDEX outbox_due ON outbox (state, next_attempt);
        CREATE TABLE helpdesk_ticket (
            case_id text NOT NULL,
            system  text NOT NULL,
            at      timestamptz NOT NULL,
            json    text NOT NULL,
            PRIMARY KEY (case_id, system)
        );
        CREATE TABLE inbound_item (
            channel          text NOT NULL,
            id               text NOT NULL,
            conversation_key text NOT NULL,
            payload          text NOT NULL,
            received         timestamptz NOT NULL,
            handled          boolean NOT NULL,
            starts           integer NOT NULL,
            arrival          bigint GENERATED ALWAYS AS IDENTITY,
            PRIMARY KEY (channel, id)
        );
        CREATE INDEX inbound_item_unhandled ON inbound_item (channel, received) WHERE NOT handled;
        CREATE INDEX inbound_item_received ON inbound_item (received);
        CREATE TABLE watch_host (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE TABLE watch_history (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        CREATE TABLE leases (
            name    text PRIMARY KEY,
            holder  text NOT NULL,
            token   bigint NOT NULL,
            expires timestamptz NOT NULL
        );
        CREATE TABLE data_protection_key (
            id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text,
            xml  text NOT NULL
        );
        """,
        """
        CREATE TABLE watch_recipient (id text PRIMARY KEY, at timestamptz NOT NULL, json text NOT NULL);
        """,
        """
        ALTER TABLE inbound_item ADD COLUMN claimed_by text, ADD COLUMN claimed_until timestamptz;
        """,
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int Version => Migrations.Length;

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string server, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(@lock); CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())",
            connection, transaction))
        {
            command.Parameters.AddWithValue("lock", MigrationLock);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        int current;
        await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction))
            current = (int)(await read.ExecuteScalarAsync(cancellationToken))!;
        if (current > Version)
        {
            throw new StartupProblemException(
                $"the PostgreSQL database at {server} has schema version {current}, newer than this build knows ({Version}). " +
                "Run the newer build, or point Storage:ConnectionString at another database.");
        }
        for (var version = current + 1; version <= Version; version++)
        {
            await using var migrate = new NpgsqlCommand(Migrations[version - 1] + "; INSERT INTO schema_version (version) VALUES (@version)", connection, transaction);
            migrate.Parameters.AddWithValue("version", version);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
