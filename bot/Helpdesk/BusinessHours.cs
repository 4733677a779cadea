namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// When the helpdesk is staffed, on the wall clock of its time zone: open from <c>Start</c> (inclusive) to <c>End</c>
/// (exclusive) on each listed day. An instant is turned into that zone's local time first, so a day with a DST change
/// still opens at 08:00 local time; an <c>End</c> before <c>Start</c> is a night shift that ends the next morning, and
/// <c>Start</c> equal to <c>End</c> means the whole of each listed day.
/// </summary>
internal sealed class BusinessHours
{
    /// <summary>No hours configured: always staffed.</summary>
    public static readonly BusinessHours Always = new(null, default, default, TimeZoneInfo.Utc);

    private readonly HashSet<DayOfWeek>? _days;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly TimeZoneInfo _zone;

    private BusinessHours(HashSet<DayOfWeek>? days, TimeOnly start, TimeOnly end, TimeZoneInfo zone)
    {
        _days = days;
        _start = start;
        _end = end;
        _zone = zone;
    }

    /// <summary>The hours <paramref name="options"/> describe; throws <see cref="TimeZoneNotFoundException"/> for an unknown zone (the options validator reports it first).</summary>
    public static BusinessHours From(BusinessHoursOptions? options) => options is null
        ? Always
        : new BusinessHours([.. options.StaffedDays], options.Start, options.End, FindZone(options.TimeZone));

    /// <summary>The zone an IANA (<c>Europe/Berlin</c>) or Windows (<c>W. Europe Standard Time</c>) id names.</summary>
    public static TimeZoneInfo FindZone(string id) => TimeZoneConverter.TZConvert.GetTimeZoneInfo(id);

    public bool IsOpen(DateTimeOffset instant)
    {
        if (_days is null)
            return true;
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var clock = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var day = local.DayOfWeek;
        if (_start == _end)
            return _days.Contains(day);
        if (_start < _end)
            return _days.Contains(day) && clock >= _start && clock < _end;
        var yesterday = (DayOfWeek)(((int)day + 6) % 7);
        return (_days.Contains(day) && clock >= _start) || (_days.Contains(yesterday) && clock < _end);
    }
}
