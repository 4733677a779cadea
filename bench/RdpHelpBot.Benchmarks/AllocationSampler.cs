using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace RdpHelpBot.Benchmarks;

/// <summary>
/// Which types the allocations per turn are made of: the runtime's allocation ticks (one about every 100 KB
/// allocated, naming the type of the object that crossed the line), counted by type. Set BENCH_ALLOCATIONS=1.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _counting;

    public static AllocationSampler? StartIfAsked() =>
        Environment.GetEnvironmentVariable("BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;

    public void Count() => _counting = true;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_counting || eventData.EventId != AllocationTickEventId || eventData.Payload is not { } payload)
            return;
        var typeName = payload[eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        _bytesByType.AddOrUpdate(typeName, amount, (_, total) => total + amount);
    }

    public void Print(int turns, int top = 30)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine($"sampled allocations by type (share of {total / 1024.0 / turns:F1} KB per turn):");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(pair => pair.Value).Take(top))
            Console.WriteLine($"  {bytes * 100.0 / total,5:F1} %  {bytes / 1024.0 / turns,6:F2} KB  {type}");
    }
}
