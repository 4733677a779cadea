using System.Globalization;

namespace RdpHelpBot.Agent.Facts;

/// <summary>The event log XPath filter for one event id from one provider written at or after a moment (UTC).</summary>
internal static class EventQueryXPath
{
    public static string For(EventQuery query, DateTimeOffset since)
    {
        if (query.Provider.Contains('\'', StringComparison.Ordinal))
            throw new ArgumentException("A provider name cannot contain a quote.", nameof(query));
        var time = since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return $"*[System[Provider[@Name='{query.Provider}'] and (EventID={query.EventId}) and TimeCreated[@SystemTime>='{time}']]]";
    }
}
