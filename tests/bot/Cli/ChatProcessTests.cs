using System.Diagnostics;
using RdpHelpBot.Bot.Cli;

namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>Runs <c>chat</c> as a real child process with piped standard input, as a user's shell would.</summary>
public sealed class ChatProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private async Task<(int ExitCode, string Output, string Error)> RunChatAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder.Path,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RdpHelpBot.dll"));
        start.ArgumentList.Add("chat");
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

    [Fact]
    public async Task Chat_NoConversationRegistered_FailsSayingSoWithExitCode1()
    {
        var (exitCode, output, error) = await RunChatAsync("I get error 0x904\n", "--Storage:Provider=InMemory");

        Assert.True(exitCode == 1, $"exit code {exitCode}; output: {output}; error: {error}");
        Assert.Contains(ChatCommand.NoConversation, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_SettingOutOfRange_FailsNamingTheSetting()
    {
        var (exitCode, _, error) = await RunChatAsync("", "--Storage:Provider=InMemory", "--Conversations:IdleTimeout=00:00:05");

        Assert.Equal(1, exitCode);
        Assert.Contains("Conversations:IdleTimeout", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
