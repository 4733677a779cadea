using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class ConversationStateTests
{
    [Fact]
    public async Task RunTurn_StateFromAnOlderVersion_ApologisesAndAnswersTheMessageAfresh()
    {
        var bot = new TroubleshootingBot(new ConversationHarness().Services);
        var stored = await OlderVersionStateAsync(bot);

        var turn = Turn("I get 0x904");
        var result = await bot.RunTurnAsync(turn, stored, TestContext.Current.CancellationToken);

        Assert.Equal(
            (DialogStateResetReason.VersionChanged, TroubleshootingBot.StateResetApology, true),
            (result.Reset?.Reason, turn.Outbox[0].Text, turn.Outbox[1].Text.StartsWith("Error 0x904", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunTurn_StoredStateOfThisVersion_ContinuesTheCase()
    {
        var bot = new TroubleshootingBot(new ConversationHarness().Services);
        var first = await bot.RunTurnAsync(Turn(ConversationOpenings.VagueReport), null, TestContext.Current.CancellationToken);

        var next = Turn("nobody can connect");
        await new TroubleshootingBot(new ConversationHarness().Services).RunTurnAsync(next, first.State, TestContext.Current.CancellationToken);

        Assert.Equal(ConversationHarness.Knowledge.Questions["recent-change"].Text, Assert.Single(next.Outbox).Text);
    }

    [Fact]
    public async Task Flow_StateFromAnOlderVersion_IsResetWithoutAnError()
    {
        var stored = await OlderVersionStateAsync(new TroubleshootingBot(new ConversationHarness().Services));

        await new ConversationHarness().Flow()
            .WithStoredState(stored)
            .Send(ConversationOpenings.VagueReport)
            .AssertReset(DialogStateResetReason.VersionChanged)
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("others-affected")
            .StartTestAsync();
    }

    [Fact]
    public async Task Flow_StoredCaseThatNoLongerReads_IsResetWithoutAnError()
    {
        var bot = new TroubleshootingBot(new ConversationHarness().Services);
        var first = await bot.RunTurnAsync(Turn(ConversationOpenings.VagueReport), null, TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(first.State)!;
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
    private static async Task<string> OlderVersionStateAsync(TroubleshootingBot bot)
    {
        var turn = await bot.RunTurnAsync(Turn(ConversationOpenings.VagueReport), null, TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(turn.State)!;
        json["version"] = "conversation-0";
        return json.ToJsonString();
    }

    private static TurnContext Turn(string text) =>
        new("conversation-1", "user-1", text, new FakeTimeProvider(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero)));
}
