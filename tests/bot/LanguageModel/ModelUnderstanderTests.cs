using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

/// <summary>
/// The Azure OpenAI understander as configured for the bot, with the real Azure.AI.OpenAI client (and the OpenAI
/// package it is pinned to) against a local stand-in: whatever the service answers, the message is read and
/// diagnosed, within the time-out and a second.
/// </summary>
public sealed class ModelUnderstanderTests
{
    /// <summary>Words no rule reads as a fact: a rented machine of a cloud vendor and a scanner from a shop.</summary>
    public const string Report = "my session to the rented box from the big cloud vendor fails, the scanner from the shop next door sits on it too, 0x904";

    public const string Reading = """{"intent":null,"codes":["0x904"],"facts":["host-azure-vm","third-party-antivirus"],"hosts":[]}""";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly KnowledgeBase Knowledge = KnowledgeLoading.Load(null).Knowledge!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnderstandAsync_ValidReading_AddsTheModelsFactsToTheRules()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));

        var (read, _) = await ReadAsync(standIn, Report);

        Assert.Equal(["host-azure-vm", "third-party-antivirus"], read.Facts);
        Assert.Equal("0x904", Assert.Single(read.Codes).Hex);
        Assert.Equal(RdpHelpBot.Knowledge.Model.HostContext.AzureVm, Diagnose(read).Context);
    }

    [Fact]
    public async Task UnderstandAsync_AnyMessage_SendsTheKeyAndAStrictSchemaOfTheKnowledgesIds()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));

        await ReadAsync(standIn, Report);

        var request = Assert.Single(standIn.Requests);
        var format = request.Body["response_format"]!;
        var schema = format["json_schema"]!["schema"]!;
        Assert.Equal(("K", "D", "json_schema", true), (request.ApiKey, request.Deployment, (string?)format["type"], (bool?)format["json_schema"]!["strict"]));
        Assert.Equal(["intent", "codes", "facts", "hosts"], schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool?)schema["additionalProperties"]);
        var factIds = schema["properties"]!["facts"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(Knowledge.Facts.Values.Where(f => f.Origin == RdpHelpBot.Knowledge.Model.FactOrigin.User).Select(f => f.Id).Order(StringComparer.Ordinal), factIds);
    }

    [Fact]
    public async Task UnderstandAsync_AnyMessage_SendsOnlyTheUsersMessageBesideTheInstructions()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));

        await ReadAsync(standIn, Report);

        var messages = Assert.Single(standIn.Requests).Body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Equal(Report, (string?)messages[1]!["content"]);
    }

    [Fact]
    public async Task UnderstandAsync_InventedFactId_IsDroppedAndCounted()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(
            """{"intent":"Shout","codes":["0x904","banana"],"facts":["host-azure-vm","made-up-fact"],"hosts":["evil.example.com"]}"""));
        long dropped = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "rdphelpbot.understanding.model.dropped")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref dropped, value));
        listener.Start();

        var (read, _) = await ReadAsync(standIn, Report);

        Assert.Equal(["host-azure-vm"], read.Facts);
        Assert.Equal((0, (string?)null), (read.Intents.Count, read.Host));
        Assert.Equal(4, Interlocked.Read(ref dropped));
    }

    public static TheoryData<string, Func<HttpContext, Task>> Failures => new()
    {
        { "malformed JSON", OpenAIStandIn.Completion("""{"intent":null,"codes":["0x904"],"facts":["host-azure""") },
        { "JSON of another shape", OpenAIStandIn.Completion("""{"answer":"an Azure VM"}""") },
        { "429 asking for a long wait", OpenAIStandIn.Error(429, "429", ("Retry-After", "5")) },
        { "400 content_filter", OpenAIStandIn.Error(400, "content_filter") },
        { "finish_reason content_filter", OpenAIStandIn.Completion("", "content_filter") },
        { "500", OpenAIStandIn.Error(500, "InternalServerError") },
        { "401", OpenAIStandIn.Error(401, "Unauthorized") },
        { "a reply that never comes", OpenAIStandIn.Hang() },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task UnderstandAsync_ServiceFails_ReadsWithTheRulesWithinTheTimeout(string failure, Func<HttpContext, Task> answer)
    {
        await using var standIn = await OpenAIStandIn.StartAsync(answer);

        var (read, elapsed) = await ReadAsync(standIn, Report);

        Assert.True(elapsed < Timeout + TimeSpan.FromSeconds(1), $"{failure}: read in {elapsed}");
        Assert.Equal(Rules(Report).Facts, read.Facts);
        Assert.Equal("0x904", Assert.Single(read.Codes).Hex);
        Assert.Equal(Diagnose(Rules(Report)).Causes[0].Cause.Id, Diagnose(read).Causes[0].Cause.Id);
        Assert.Single(standIn.Requests);
    }

    [Fact]
    public async Task UnderstandAsync_429WithAShortRetryAfter_IsTriedOnceMore()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));
        standIn.Then(OpenAIStandIn.Error(429, "429", ("Retry-After", "0.2")));

        var (read, elapsed) = await ReadAsync(standIn, Report);

        Assert.Equal(2, standIn.Requests.Count);
        Assert.Contains("host-azure-vm", read.Facts);
        Assert.True(elapsed < Timeout + TimeSpan.FromSeconds(1), $"read in {elapsed}");
    }

    [Fact]
    public async Task UnderstandAsync_SecondShortRetryAfter_IsNotTriedAgain()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Error(429, "429", ("Retry-After", "0.1")));

        var (read, _) = await ReadAsync(standIn, Report);

        Assert.Equal(2, standIn.Requests.Count);
        Assert.Equal(Rules(Report).Facts, read.Facts);
    }

    [Fact]
    public async Task UnderstandAsync_SameWordsAgain_AreNotSentAgain()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));
        using var understanding = Configure(standIn);

        await understanding.Understander.UnderstandAsync(new UnderstandingRequest(Report, "c1"), Ct);
        var again = await understanding.Understander.UnderstandAsync(new UnderstandingRequest("  " + Report.ToUpperInvariant(), "c2"), Ct);

        Assert.Single(standIn.Requests);
        Assert.Contains("host-azure-vm", again.Facts);
    }

    [Fact]
    public async Task UnderstandAsync_ConversationBudgetSpent_ReadsWithTheRules()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));
        using var understanding = Configure(standIn, "--Understanding:MaxModelCallsPerConversation=1");

        await understanding.Understander.UnderstandAsync(new UnderstandingRequest("0x904 again", "c1"), Ct);
        var second = await understanding.Understander.UnderstandAsync(new UnderstandingRequest(Report, "c1"), Ct);
        var otherConversation = await understanding.Understander.UnderstandAsync(new UnderstandingRequest(Report, "c2"), Ct);

        Assert.Equal(2, standIn.Requests.Count);
        Assert.Equal((false, true), (second.Facts.Contains("host-azure-vm"), otherConversation.Facts.Contains("host-azure-vm")));
    }

    [Fact]
    public async Task UnderstandAsync_DayBudgetSpent_ReadsWithTheRules()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));
        using var understanding = Configure(standIn, "--Understanding:MaxModelCallsPerDay=1");

        await understanding.Understander.UnderstandAsync(new UnderstandingRequest("0x904 again", "c1"), Ct);
        var second = await understanding.Understander.UnderstandAsync(new UnderstandingRequest(Report, "c2"), Ct);

        Assert.Single(standIn.Requests);
        Assert.DoesNotContain("host-azure-vm", second.Facts);
    }

    [Fact]
    public async Task UnderstandAsync_MessageAndQuestion_SendsTheQuestionOnScreen()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(Reading));
        using var understanding = Configure(standIn, "--Understanding:SendToModel=MessageAndQuestion");
        var question = Knowledge.Questions.Values.First();

        await understanding.Understander.UnderstandAsync(new UnderstandingRequest("the second one", "c1", question.Id), Ct);

        var messages = Assert.Single(standIn.Requests).Body["messages"]!.AsArray();
        Assert.Equal(["system", "assistant", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.StartsWith(question.Text, (string?)messages[1]!["content"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--AzureOpenAI:Endpoint=", "AzureOpenAI:Endpoint")]
    [InlineData("--AzureOpenAI:Endpoint=http://openai.contoso.com/", "AzureOpenAI:Endpoint")]
    [InlineData("--AzureOpenAI:Deployment= ", "AzureOpenAI:Deployment")]
    [InlineData("--AzureOpenAI:Timeout=00:05:00", "AzureOpenAI:Timeout")]
    [InlineData("--Understanding:MaxModelCallsPerDay=0", "Understanding:MaxModelCallsPerDay")]
    [InlineData("--Understanding:MaxModelCallsPerConversation=0", "Understanding:MaxModelCallsPerConversation")]
    [InlineData("--Understanding:Provider=Oracle", "Understanding:Provider")]
    public void Create_InvalidSetting_SaysWhichOnOneLine(string setting, string name)
    {
        var error = new StringWriter();

        var understanding = ConfiguredUnderstanding.Create(Knowledge, [.. Settings(new Uri("http://127.0.0.1:9/")), setting], new Dictionary<string, string?>(), error);

        Assert.Null(understanding);
        Assert.Contains(name, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void Create_RulesProvider_NeedsNoAzureOpenAISettings()
    {
        using var understanding = ConfiguredUnderstanding.Create(Knowledge, ["--Understanding:Provider=Rules"], new Dictionary<string, string?>(), TextWriter.Null);

        Assert.IsType<RuleBasedUnderstander>(understanding?.Understander);
    }

    internal static string[] Settings(Uri endpoint, params string[] more) =>
    [
        "--Understanding:Provider=AzureOpenAI", $"--AzureOpenAI:Endpoint={endpoint}", "--AzureOpenAI:Deployment=D",
        "--AzureOpenAI:ApiKey=K", $"--AzureOpenAI:Timeout={Timeout}", "--Understanding:Embeddings=false", .. more,
    ];

    private static ConfiguredUnderstanding Configure(OpenAIStandIn standIn, params string[] more) =>
        ConfiguredUnderstanding.Create(Knowledge, Settings(standIn.Endpoint, more), new Dictionary<string, string?>(), TextWriter.Null)
        ?? throw new InvalidOperationException("The settings were refused.");

    private static async Task<(Understanding Read, TimeSpan Elapsed)> ReadAsync(OpenAIStandIn standIn, string text)
    {
        using var understanding = Configure(standIn);
        var watch = Stopwatch.StartNew();
        var read = await understanding.Understander.UnderstandAsync(new UnderstandingRequest(text, "c1"), Ct);
        return (read, watch.Elapsed);
    }

    private static Understanding Rules(string text) => new RuleBasedUnderstander(Knowledge).Understand(text);

    private static CaseDiagnosis Diagnose(Understanding read) =>
        new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithFacts(read.Facts, Knowledge));
}
