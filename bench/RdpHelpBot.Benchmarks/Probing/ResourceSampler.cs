namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// Samples the managed heap and the thread pool every few milliseconds on a thread of its own, so a starved thread
/// pool shows up as a growing thread count and queue rather than as missing samples.
/// </summary>
internal sealed class ResourceSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopped;

    public ResourceSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "resource sampler" };
        _thread.Start();
    }

    public long PeakManagedHeapBytes { get; private set; }

    public int PeakThreadPoolThreads { get; private set; }

    public long PeakQueuedWorkItems { get; private set; }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stopped)
        {
            PeakManagedHeapBytes = Math.Max(PeakManagedHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
            PeakThreadPoolThreads = Math.Max(PeakThreadPoolThreads, ThreadPool.ThreadCount);
            PeakQueuedWorkItems = Math.Max(PeakQueuedWorkItems, ThreadPool.PendingWorkItemCount);
            Thread.Sleep(5);
        }
    }
}
