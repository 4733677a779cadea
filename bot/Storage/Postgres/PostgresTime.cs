namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// Times go to <c>timestamptz</c> columns in UTC (Npgsql refuses other offsets), and come back as UTC offsets.
/// PostgreSQL keeps microseconds: a time written with finer ticks reads back rounded.
/// </summary>
internal static class PostgresTime
{
    public static DateTimeOffset Utc(DateTimeOffset time) => time.ToUniversalTime();

    public static DateTimeOffset Read(Npgsql.NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
