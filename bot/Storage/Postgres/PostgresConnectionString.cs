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
