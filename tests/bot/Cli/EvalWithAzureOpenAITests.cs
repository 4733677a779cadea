using RdpHelpBot.Bot.Tests.LanguageModel;

namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary><c>eval --understanding azure-openai</c> against a local stand-in for the Azure OpenAI resource.</summary>
public sealed class EvalWithAzureOpenAITests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Eval_AzureOpenAI_PrintsTheModelsFiguresBesideTheRules()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));
        await File.WriteAllTextAsync(folder.File("reports.yaml"), $"""
            - id: r1
              cause: third-party-security-blocking
              context: azure-vm
              style: vague
              text: "{ModelUnderstanderTests.Report}"
            """, TestContext.Current.CancellationToken);

        var (exitCode, output, error) = CommandLine.Run(
            ["eval", "--path", folder.Path, "--understanding", "azure-openai", .. ModelUnderstanderTests.Settings(standIn.Endpoint)]);

        Assert.True(exitCode == 0, error);
        Assert.Single(standIn.Requests);
        var blocks = output.Split("Reports: ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        Assert.Contains("(rules only)", blocks[0], StringComparison.Ordinal);
        Assert.Contains("top-3 0/1", blocks[0], StringComparison.Ordinal);
        Assert.Contains("(rules only and Azure OpenAI)", blocks[1], StringComparison.Ordinal);
        Assert.Contains("top-3 1/1", blocks[1], StringComparison.Ordinal);
    }
}
