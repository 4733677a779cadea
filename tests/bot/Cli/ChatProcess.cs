using System.Diagnostics;

namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>Runs <c>chat</c> as a real child process with piped standard input, as a user's shell would.</summary>
internal static class ChatProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, string input, params string[] args) =>
        RunCommandAsync(workingDirectory, input, ["chat", .. args]);

    /// <summary>Runs the bot's command line (<paramref name="args"/>, the command first) as a child process.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RdpHelpBot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
