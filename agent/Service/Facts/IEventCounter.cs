namespace RdpHelpBot.Agent.Facts;

/// <summary>Counts events in a Windows event log.</summary>
internal interface IEventCounter
{
    /// <summary>
    /// How many events with this id from this provider the log holds that were written after
    /// <paramref name="since"/>; counting stops at <paramref name="limit"/>. Throws when the log cannot be read.
    /// </summary>
    int Count(EventQuery query, DateTimeOffset since, int limit);
}

/// <summary>An event of interest: where it is logged and by whom.</summary>
internal sealed record EventQuery(string Log, string Provider, int EventId);
