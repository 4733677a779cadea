using System.Globalization;

namespace RdpHelpBot.Bot.Watch;

/// <summary>When a warning goes out: at once, after the recipient's quiet hours, or with their next digest; pure.</summary>
internal static class WatchSchedule
{
    /// <summary>Days left at or below which a warning is said at once, whatever the hour.</summary>
    public const int UrgentDays = 3;

    /// <summary>Whether the warning cannot wait: expired, or expiring in <see cref="UrgentDays"/> days or less.</summary>
    public static bool IsUrgent(WatchNotification notification) =>
        notification.Type == WatchEventTypes.Expired
        || (notification.Type == WatchEventTypes.Expiring && notification.DaysLeft is <= UrgentDays);

    /// <summary>The end of the quiet hours <paramref name="now"/> falls in, or <paramref name="now"/> when it falls in none.</summary>
    public static DateTimeOffset AfterQuietHours(DateTimeOffset now, TimeZoneInfo zone, QuietHours? quiet)
    {
        if (quiet is null)
            return now;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = local.TimeOfDay;
        var inside = quiet.Start <= quiet.End ? time >= quiet.Start && time < quiet.End : time >= quiet.Start || time < quiet.End;
        if (!inside)
            return now;
        var endDay = quiet.Start > quiet.End && time >= quiet.Start ? local.Date.AddDays(1) : local.Date;
        return At(endDay + quiet.End, zone);
    }

    /// <summary>The next <paramref name="digestTime"/> of the recipient's day at or after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now, TimeZoneInfo zone, TimeSpan digestTime)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = At(local.Date + digestTime, zone);
        return today >= now ? today : At(local.Date.AddDays(1) + digestTime, zone);
    }

    /// <summary>The zone with this IANA or Windows id; null when this machine knows none.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A wall-clock time skipped by a daylight-saving change does not exist: the hour after it does.
        if (zone.IsInvalidTime(unspecified))
            unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Quiet hours as a start and an end time of day; the end may be on the next day (<c>22:00-07:00</c>).</summary>
    internal sealed record QuietHours(TimeSpan Start, TimeSpan End)
    {
        public static QuietHours? TryParse(string? text)
        {
            var parts = text?.Split('-', StringSplitOptions.TrimEntries);
            if (parts is not [var start, var end] || !TryTime(start, out var from) || !TryTime(end, out var to) || from == to)
                return null;
            return new QuietHours(from, to);
        }

        private static bool TryTime(string text, out TimeSpan time) =>
            TimeSpan.TryParseExact(text, ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out time) && time < TimeSpan.FromDays(1);
    }
}
