using System.Globalization;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// How times are stored: ISO 8601 in UTC with a fixed width, so comparing the text compares the times.
/// </summary>
internal static class SqliteTime
{
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
