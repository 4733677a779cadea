using System.Globalization;

namespace RdpHelpBot.Bot.Watch;

/// <summary>Writes <c>watch list</c> for people: a block per host.</summary>
internal static class WatchListPrinter
{
    public static async Task WriteAsync(IReadOnlyList<WatchStatus> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("No hosts are watched. Add one with 'watch add HOST' or in Watch:Hosts.");
            return;
        }
        await output.WriteLineAsync($"{rows.Count} watched host(s):");
        foreach (var row in rows)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{row.Host}:{row.Port}  {row.Status}  ({Source(row.Source)})");
            if (row.Sha256 is not null)
            {
                await output.WriteLineAsync($"  certificate  {row.Subject}, issued by {(row.SelfSigned == true ? "itself (self-signed)" : row.Issuer)}, at {row.Address}");
                await output.WriteLineAsync($"  not after    {Time(row.NotAfter)} ({row.DaysLeft} days left)");
                await output.WriteLineAsync($"  SHA-256      {row.Sha256}");
            }
            await output.WriteLineAsync($"  last probe   {(row.LastProbe is null ? "never" : Time(row.LastProbe))}{(row.Problem is null ? "" : $": {row.Problem}")}");
            if (row.NextThreshold is { } days)
                await output.WriteLineAsync($"  next warning {days} days before expiry, {Time(row.NextWarning)}");
            await output.WriteLineAsync($"  subscribers  {(row.Subscribers.Count == 0 ? "none (webhooks only)" : string.Join(", ", row.Subscribers))}");
            foreach (var mark in row.Unreachable)
            {
                await output.WriteLineAsync($"  unreachable  {mark.Subscriber} since {Time(mark.UnreachableSince)} (the app removed or the bot blocked); " +
                    (mark.WarnedInstead is null ? "nobody can be warned in their place" : $"warned in their place: {mark.WarnedInstead}"));
            }
        }
    }

    private static string Source(WatchSource source) => source switch
    {
        WatchSource.Settings => "from Watch:Hosts",
        WatchSource.Chat => "added in the chat",
        _ => "added by command",
    };

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
}
