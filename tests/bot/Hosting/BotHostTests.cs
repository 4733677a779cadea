using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Knowledge;

namespace RdpHelpBot.Bot.Tests.Hosting;

public sealed class BotHostTests
{
    private const string BrokenCause = """
        causes:
          - id: broken-cause
            title: A cause with an impossible prior
            explanation: Its prior is above 1.
            priors: { azure-vm: 2, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
            fixes: [{ fix: renew-rdp-certificate, success: 0.5 }]
            sources: [{ ref: ms-azure-rdp-internal-error }]
        """;

    [Fact]
    public void Build_BrokenKnowledgePath_DoesNotBuildTheHost()
    {
        using var folder = KnowledgeFolder.WithBuiltIn().Add("broken.yaml", BrokenCause);

        var app = BotHost.Build([$"--Knowledge:Path={folder.Path}"], new StringWriter());

        Assert.Null(app);
    }

    [Fact]
    public void Build_BrokenKnowledgePath_WritesTheErrorWithFileLineAndItem()
    {
        using var folder = KnowledgeFolder.WithBuiltIn().Add("broken.yaml", BrokenCause);
        var errors = new StringWriter();

        BotHost.Build([$"--Knowledge:Path={folder.Path}"], errors);

        Assert.Contains("broken.yaml:2: broken-cause: prior for 'azure-vm' is 2; it must be between 0 and 1", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BrokenYaml_WritesNoStackTrace()
    {
        using var folder = KnowledgeFolder.WithBuiltIn().Add("broken.yaml", "facts:\n  - id: [unclosed\n");
        var errors = new StringWriter();

        BotHost.Build([$"--Knowledge:Path={folder.Path}"], errors);

        var lines = errors.ToString().Split('\n');
        Assert.Contains(lines, line => line.Contains("broken.yaml:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MissingKnowledgePath_SaysTheFolderDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "rdphelpbot-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"));
        var errors = new StringWriter();

        var app = BotHost.Build([$"--Knowledge:Path={missing}"], errors);

        Assert.Null(app);
        Assert.Contains($"{missing}: the knowledge folder does not exist", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_BuiltInKnowledge_BuildsTheHost()
    {
        var errors = new StringWriter();

        await using var app = BotHost.Build([], errors);

        Assert.True(app is not null, errors.ToString());
    }

    [Fact]
    public async Task Build_EveryChannel_DescribesItselfForTheStartupLog()
    {
        await using var app = BotHost.Build(["--Storage:Provider=InMemory"], new StringWriter());

        var channels = app!.Services.GetServices<IChannelStatus>().ToList();

        Assert.Equal(["Bot Framework (/api/messages)", "Direct Line", "Slack"], channels.Select(channel => channel.Name).Order());
        Assert.All(channels, channel => Assert.NotEmpty(channel.Describe()));
    }

    [Fact]
    public async Task Build_LocalModeBotFramework_WarnsBeforeItIsExposed()
    {
        await using var app = BotHost.Build(["--Storage:Provider=InMemory"], new StringWriter());

        var botFramework = app!.Services.GetServices<IChannelStatus>().Single(channel => channel.Name.StartsWith("Bot Framework", StringComparison.Ordinal));

        Assert.Contains(botFramework.Warnings(), warning => warning.Contains("local mode", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_UnreadableSetting_SaysWhichSettingAndDoesNotBuild()
    {
        var errors = new StringWriter();

        var app = BotHost.Build(["--Storage:Provider=Paper"], errors);

        Assert.Null(app);
        Assert.Contains("Storage:Provider", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DirectLine:TokenLifetime", "soon")]
    [InlineData("BotFramework:ConnectorRetries", "many")]
    [InlineData("DirectLine:Secret", "short")]
    [InlineData("DirectLine:KeepAliveInterval", "00:30:00")]
    [InlineData("BotFramework:MicrosoftAppId", "not-a-guid")]
    [InlineData("BotFramework:ConnectorRetryDelay", "later")]
    [InlineData("Outbox:PollInterval", "soon")]
    [InlineData("Checks:CheckTimeout", "soon")]
    public async Task RunAsync_BadSetting_ExitsWithOneLineNamingIt(string setting, string value)
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", $"--{setting}={value}"], errors, TestContext.Current.CancellationToken);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal((1, true, true), (exitCode, line.StartsWith("The bot did not start: ", StringComparison.Ordinal), line.Contains(setting, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_UnreadableDirectLineKeyFile_SaysWhichFileAndDoesNotStart()
    {
        using var data = new TemporaryFolder();
        await File.WriteAllTextAsync(data.File(DirectLineKeyFile.FileName), "not a key", TestContext.Current.CancellationToken);
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", $"--Storage:DataFolder={data.Path}"], errors, TestContext.Current.CancellationToken);

        Assert.Equal((1, true), (exitCode, errors.ToString().StartsWith($"The bot did not start: The Direct Line signing key file '{data.File(DirectLineKeyFile.FileName)}'", StringComparison.Ordinal)));
    }
}
