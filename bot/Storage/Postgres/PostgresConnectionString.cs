using System.Data.Common;
using Npgsql;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>What the bot says about a PostgreSQL connection string: whether it can be used, and where it points (never its password).</summary>
internal static class PostgresConnectionString
{
    /// <summary>Why <paramref name="connectionString"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return e.Message;
        }
        return string.IsNullOrWhiteSpace(parsed.Host) ? "it names no Host." : null;
    }

    /// <summary>Statements prepared on each pooled connection once they have run a few times (<c>Max Auto Prepare</c>).</summary>
    public const int AutoPrepared = 64;

    /// <summary>
    /// The connection string with the bot's defaults for what it leaves unsaid: the statements a turn runs are prepared
    /// on each connection (<c>Max Auto Prepare</c>), so the server plans them once instead of at every turn, and a
    /// connection returned to the pool is not reset (<c>No Reset On Close</c>): the bot keeps no session state there (its
    /// locks end with their transactions, its listener stops listening before it lets its connection go), and the reset
    /// would cost a statement every time a connection is taken. Either set in the string is kept as it is, e.g.
    /// <c>Max Auto Prepare=0</c> behind a pooler that cannot keep prepared statements.
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("MaxAutoPrepare"))
            parsed.MaxAutoPrepare = AutoPrepared;
        if (!named.Contains("NoResetOnClose"))
            parsed.NoResetOnClose = true;
        return parsed.ConnectionString;
    }

    /// <summary>HOST:PORT of the server, for messages and the start-up log.</summary>
    public static string Server(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{parsed.Host}:{parsed.Port}";
    }

    /// <summary>HOST:PORT/DATABASE, for the start-up log.</summary>
    public static string Describe(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{parsed.Host}:{parsed.Port}/{parsed.Database ?? parsed.Username}";
    }
}
