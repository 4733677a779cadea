using System.Diagnostics.Eventing.Reader;
using System.Runtime.Versioning;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal sealed class WindowsEventCounter : IEventCounter
{
    public int Count(EventQuery query, DateTimeOffset since, int limit)
    {
        var logQuery = new EventLogQuery(query.Log, PathType.LogName, EventQueryXPath.For(query, since));
        using var reader = new EventLogReader(logQuery);
        var count = 0;
        while (count < limit)
        {
            using var record = reader.ReadEvent();
            if (record is null)
                break;
            count++;
        }
        return count;
    }
}
