using System.Diagnostics;
using System.Globalization;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>This benchmark started again as <c>endpoints N</c> in a process of its own, so its CPU and memory stay apart.</summary>
internal sealed class EndpointProcess : IDisposable
{
    private readonly Process _process;

    private EndpointProcess(Process process, EndpointList list)
    {
        _process = process;
        List = list;
    }

    public EndpointList List { get; }

    public static async Task<EndpointProcess> StartAsync(int count, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true };
        // Started as "dotnet app.dll", the process path is dotnet itself and the assembly goes first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EndpointProcess).Assembly.Location);
        }
        start.ArgumentList.Add("endpoints");
        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("The endpoint process did not start.");
        var list = await EndpointList.ReadAsync(process.StandardOutput, cancellationToken);
        if (list is null)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException("The endpoint process exited before listing its endpoints.");
        }
        return new EndpointProcess(process, list);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
