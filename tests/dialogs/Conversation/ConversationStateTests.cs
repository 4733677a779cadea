using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>The conversation as the turn pipeline stores and resumes it, across restarts and deploys.</summary>
public sealed class ConversationStateTests
{
    private const string Key = "test:conversation-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _store;

    public ConversationStateTests() => _store = new InMemoryStateStore(_time);

    [Fact]
    public async Task Process_StateFromAnOlderVersion_ApologisesAndAnswersTheMessageAfresh()
    {
        await StoreOlderVersionStateAsync();

        var response = await CreatePipeline().ProcessAsync(Request("I get 0x904"), Ct);

        Assert.Equal(
            (true, TurnApologies.StateReset.Text, true),
            (response.StateWasReset, response.Replies[0].Text, response.Replies[1].Text.StartsWith("Error 0x904", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Process_StoredStateOfThisVersion_ContinuesTheCaseAfterARestart()
    {
        await CreatePipeline().ProcessAsync(Request(ConversationOpenings.VagueReport), Ct);

        var restarted = CreatePipeline();
        var response = await restarted.ProcessAsync(Request("not sure"), Ct);

        Assert.Equal(ConversationHarness.Knowledge.Questions["others-affected"].Text, Assert.Single(response.Replies).Text);
    }

    [Fact]
    public async Task Flow_StateFromAnOlderVersion_IsResetWithoutAnError()
    {
        var stored = await StoreOlderVersionStateAsync();

        await new ConversationHarness().Flow()
            .WithStoredState(stored)
            .Send(ConversationOpenings.VagueReport)
            .AssertReset(DialogStateResetReason.VersionChanged)
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    [Fact]
    public async Task Flow_StoredCaseThatNoLongerReads_IsResetWithoutAnError()
    {
        await CreatePipeline().ProcessAsync(Request(ConversationOpenings.VagueReport), Ct);
        var json = JsonNode.Parse((await _store.ReadAsync(Key, Ct))!.Json)!;
        json["stack"]![0]!["state"]!["case"]!["evidence"] = "not evidence";

        await new ConversationHarness().Flow()
            .WithStoredState(json.ToJsonString())
            .Send("hi")
            .AssertReset(DialogStateResetReason.StaleDialogState)
            .AssertAnyReply()
            .StartTestAsync();
    }

    [Fact]
    public void StateVersion_IsTheVersionOfTheDialogSet()
    {
        Assert.Equal(ConversationDialogs.StateVersion, ConversationDialogs.Create(new ConversationHarness().Services).Version);
    }

    /// <summary>A real conversation in the middle of a question, as an older release would have stored it.</summary>
    private async Task<string> StoreOlderVersionStateAsync()
    {
        await CreatePipeline().ProcessAsync(Request(ConversationOpenings.VagueReport), Ct);
        var stored = (await _store.ReadAsync(Key, Ct))!;
        var json = JsonNode.Parse(stored.Json)!;
        json["version"] = "conversation-0";
        await _store.WriteAsync(Key, json.ToJsonString(), stored.ETag, Ct);
        return json.ToJsonString();
    }

    private TurnPipeline CreatePipeline() => new(
        new TroubleshootingConversation(new ConversationHarness().Services),
        _store,
        new InMemoryTranscriptStore(),
        Options.Create(new TranscriptOptions()),
        _time,
        NullLogger<TurnPipeline>.Instance);

    private static TurnRequest Request(string text) => new("test", "conversation-1", "user-1", text);
}
