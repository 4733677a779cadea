using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>Counts each catalogued event over the last day; a log that cannot be read says so in its own entry.</summary>
internal static class EventPart
{
    public static EventReport Read(IEventCounter counter, DateTimeOffset now)
    {
        var since = now - EventCatalog.Window;
        return new EventReport(since, [.. EventCatalog.All.Select(query => Count(counter, query, since))]);
    }

    private static EventCount Count(IEventCounter counter, EventQuery query, DateTimeOffset since)
    {
        try
        {
            var count = counter.Count(query, since, EventCatalog.CountLimit);
            return new EventCount(query.Log, query.Provider, query.EventId, count, AtLeast: count >= EventCatalog.CountLimit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or System.Diagnostics.Eventing.Reader.EventLogException)
        {
            return new EventCount(query.Log, query.Provider, query.EventId, 0, Problem: e.Message);
        }
    }
}
