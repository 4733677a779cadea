using RdpHelpBot.Bot.Tests.LanguageModel;

namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>
/// <c>diagnose</c> as a user runs it with Azure OpenAI switched on from the command line: the real command in a
/// process of its own, against a local stand-in for the resource.
/// </summary>
public sealed class DiagnoseWithAzureOpenAITests
{
    private const string InventingReading =
        """{"intent":null,"codes":["0x904"],"facts":["host-azure-vm","third-party-antivirus","made-up-fact"],"hosts":[]}""";

    [Fact]
    public async Task Diagnose_ModelReadsWhatTheRulesCannot_ReportsTheRealFactsOnly()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(InventingReading));

        var (exitCode, output, error) = await RunAsync(standIn);

        Assert.True(exitCode == 0, error);
        Assert.Equal("Facts: host-azure-vm, third-party-antivirus", FactsLine(output));
        var request = Assert.Single(standIn.Requests);
        Assert.Equal(("K", "json_schema"), (request.ApiKey, (string?)request.Body["response_format"]!["type"]));
    }

    [Fact]
    public async Task Diagnose_ServiceFails_GivesTheRulesDiagnosis()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Error(500, "InternalServerError"));

        // The rules alone: the sentence embeddings would also weigh how the report reads.
        var (exitCode, output, error) = await RunAsync(standIn, "--Understanding:Embeddings=false");

        Assert.True(exitCode == 0, error);
        Assert.Equal("Facts: none", FactsLine(output));
        Assert.Single(standIn.Requests);
        Assert.Contains("  1.  16%  The host's self-signed RDP certificate expired and was not renewed (expired-self-signed-cert)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_ServiceHangs_GivesTheRulesDiagnosisWithinTheTimeout()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Hang());

        var (exitCode, output, error) = await RunAsync(standIn, "--AzureOpenAI:Timeout=00:00:02");
        var exited = DateTimeOffset.UtcNow;

        Assert.True(exitCode == 0, error);
        Assert.Equal("Facts: none", FactsLine(output));
        var waited = exited - Assert.Single(standIn.Requests).Received;
        Assert.True(waited < TimeSpan.FromSeconds(3), $"The command ended {waited} after asking the model.");
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(OpenAIStandIn standIn, params string[] more) =>
        ChatProcess.RunCommandAsync(AppContext.BaseDirectory, "",
        [
            "diagnose", ModelUnderstanderTests.Report, "--Understanding:Provider=AzureOpenAI", $"--AzureOpenAI:Endpoint={standIn.Endpoint}",
            "--AzureOpenAI:Deployment=D", "--AzureOpenAI:ApiKey=K", .. more,
        ]);

    private static string FactsLine(string output) =>
        output.Split('\n').First(line => line.StartsWith("Facts:", StringComparison.Ordinal)).TrimEnd();
}
