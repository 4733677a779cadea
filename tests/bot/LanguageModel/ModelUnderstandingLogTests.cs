using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Conversations;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

/// <summary>What the host logs about understanding: which understander is on, and outcomes without the user's words.</summary>
public sealed class ModelUnderstandingLogTests
{
    private const string Key = "key-that-must-never-be-logged";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_AzureOpenAI_SaysWhichUnderstanderIsOnWithoutTheKey()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));
        var logs = new TestLogs();
        using var host = Build(logs, ModelUnderstanderTests.Settings(standIn.Endpoint, $"--AzureOpenAI:ApiKey={Key}"));

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        Assert.Contains(logs.Lines, line => line.Contains($"Azure OpenAI deployment D at {standIn.Endpoint} (API key", StringComparison.Ordinal));
        Assert.DoesNotContain(Key, logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Rules_SaysNothingLeavesTheMachine()
    {
        var logs = new TestLogs();
        using var host = Build(logs, "--Understanding:Provider=Rules");

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        Assert.Contains(logs.Lines, line => line.Contains("Understanding: the rules; nothing leaves the machine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnderstandAsync_ServiceFails_LogsTheOutcomeWithoutTheMessage()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Error(500, "InternalServerError"));
        var logs = new TestLogs();
        using var host = Build(logs, ModelUnderstanderTests.Settings(standIn.Endpoint));

        await host.Services.GetRequiredService<IUnderstander>().UnderstandAsync(new UnderstandingRequest(ModelUnderstanderTests.Report, "c1"), Ct);

        Assert.Contains(logs.Lines, line => line.StartsWith("Information", StringComparison.Ordinal) && line.Contains("(ServerError, status 500)", StringComparison.Ordinal));
        Assert.DoesNotContain("rented box", logs.All, StringComparison.Ordinal);
    }

    private static IHost Build(TestLogs logs, params string[] args)
    {
        var builder = Host.CreateApplicationBuilder(["--Storage:Provider=InMemory", .. args]);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddKnowledge();
        builder.AddStorage();
        builder.AddConversations<AzureQuestionConversation>();
        return builder.Build();
    }
}
