using System.Diagnostics;
using System.Globalization;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>Figures the kernel keeps for a process: peak resident memory, open sockets, CPU time.</summary>
internal static class ProcessFigures
{
    /// <summary>VmHWM from /proc/self/status: the peak resident set size so far, in bytes.</summary>
    public static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Open file descriptors that are sockets: the same before and after a batch when every connection was closed.</summary>
    public static int OpenSockets() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true);

    /// <summary>CPU time of another process, or null when it is gone.</summary>
    public static TimeSpan? CpuTimeOf(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
