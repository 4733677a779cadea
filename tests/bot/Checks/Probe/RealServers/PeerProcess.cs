using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>A server process started for one test: its output is kept for failure messages, and it is killed by its PID.</summary>
internal sealed class PeerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PeerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The process's id, as the operating system knows it.</summary>
    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static PeerProcess Start(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var peer = new PeerProcess(Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start."));
        peer._process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        peer._process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        peer._process.BeginOutputReadLine();
        peer._process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task WaitForOutputLineAsync(Func<string, bool> isTheLine, string what)
    {
        await WaitAsync(() => Task.FromResult(Output.Split('\n').Any(isTheLine)), what);
    }

    /// <summary>Waits until a Unix socket accepts connections, e.g. an X display's.</summary>
    public async Task WaitForUnixSocketAsync(string path)
    {
        await WaitAsync(async () =>
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), TestContext.Current.CancellationToken);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, path);
    }

    public async Task WaitForPortAsync(int port, Func<string> log)
    {
        await WaitAsync(async () =>
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, $"port {port}", log);
    }

    /// <summary>Asks the process to stop (SIGTERM to its PID) so it can clean up, e.g. an X server its socket.</summary>
    public async Task TerminateAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        await SignalAsync("TERM");
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // DisposeAsync kills what did not stop in time.
        }
    }

    /// <summary>Stops the process where it is (SIGSTOP), as a paused virtual machine or container would: it runs nothing until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>Lets a paused process run on (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or an out-of-memory kill would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        // With the output redirected this also waits for its last lines.
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitAsync(Func<Task<bool>> ready, string what, Func<string>? log = null)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await ready())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var state = _process.HasExited ? $"exited with {_process.ExitCode}" : $"gave no {what} within {StartTimeout.TotalSeconds} s";
                throw new InvalidOperationException($"{_process.StartInfo.FileName} {state}.\n{Output}\n{log?.Invoke()}");
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
