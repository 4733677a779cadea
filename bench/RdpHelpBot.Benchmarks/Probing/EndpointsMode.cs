using System.Globalization;
using System.Runtime.InteropServices;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// <c>endpoints N</c>: serves N fake RDP endpoints until SIGTERM or SIGINT. Prints its process id, one line per
/// endpoint, then <c>ready</c>; on SIGHUP (and when stopping) it prints what the endpoints were asked to do.
/// </summary>
internal static class EndpointsMode
{
    public static async Task RunAsync(int count)
    {
        await using var endpoints = new FakeEndpoints(count);
        var output = Console.Out;
        await output.WriteLineAsync(EndpointList.PidLine(Environment.ProcessId));
        foreach (var endpoint in endpoints.Endpoints)
        {
            await output.WriteLineAsync(EndpointList.EndpointLine(endpoint));
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{EndpointList.Ready} {count}"));
        await output.FlushAsync();

        var stopped = new TaskCompletionSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopped.TrySetResult();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            output.WriteLine(endpoints.Counters.Line());
            output.Flush();
        });
        await stopped.Task;
        await output.WriteLineAsync(endpoints.Counters.Line());
    }
}
