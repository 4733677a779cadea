namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>Runs <c>chat</c> as a real child process with piped standard input, as a user's shell would.</summary>
public sealed class ChatProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private Task<(int ExitCode, string Output, string Error)> RunChatAsync(string input, params string[] args) =>
        ChatProcess.RunAsync(_folder.Path, input, args);

    [Fact]
    public async Task Chat_PipedReport_WalksToAFixAndRecordsItWorked()
    {
        const string input = "My Azure VM stopped working this morning, nothing changed: error 0x904 extended 0x7\n1\n";

        var (exitCode, output, error) = await RunChatAsync(input, "--Storage:Provider=InMemory");

        Assert.True(exitCode == 0, $"exit code {exitCode}; error: {error}");
        foreach (var expected in new[] { "Error 0x904", "Delete the expired RDP certificate", "    certlm.msc", "1) Yes  2) No", "Glad that fixed it!" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
        Assert.True(
            output.IndexOf("Delete the expired RDP certificate", StringComparison.Ordinal) < output.IndexOf("Glad that fixed it!", StringComparison.Ordinal),
            output);
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
