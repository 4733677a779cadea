using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.Slack.Outbound;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Outbox.Tickets;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Helpdesk;

/// <summary>
/// Slack as the helpdesk's channel (<c>Escalation:Slack:Channel</c>), through the real routes and the outbox against a
/// fake Slack: the case's card, its buttons, and agents writing in the card's thread.
/// </summary>
public sealed class SlackHelpdeskChannelTests
{
    private const string HelpdeskChannel = "C9";
    private const string Agent = "U7";
    private const string AgentName = "Ada Agent";
    private static readonly string[] HelpdeskSettings = [.. SlackTestBot.HttpSettings, $"--Escalation:Slack:Channel={SlackPayloads.Team}:{HelpdeskChannel}"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HelpdeskChannel_Configured_IsWhereCardsArePosted()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);

        var channel = Assert.Single(bot.Services.GetServices<IHelpdeskChannel>());

        Assert.Equal(ConversationAddress.Conversation("slack", "T1:C9"), await channel.AddressAsync(Cancel));
    }

    [Fact]
    public async Task HelpdeskChannel_WithoutItsWorkspace_IsInTheWorkspaceOfTheBotToken()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, [.. SlackTestBot.HttpSettings, "--Escalation:Slack:Channel=C9"]);

        var address = await Assert.Single(bot.Services.GetServices<IHelpdeskChannel>()).AddressAsync(Cancel);

        Assert.Equal("T1:C9", address?.ConversationId);
    }

    [Fact]
    public async Task HelpdeskChannel_NotConfigured_IsNone()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        Assert.Empty(bot.Services.GetServices<IHelpdeskChannel>());
    }

    [Fact]
    public async Task StartupLine_NamesTheHelpdeskChannel()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);

        var slackLine = bot.Services.GetServices<IChannelStatus>().Single(status => status.Name == "Slack").Describe();

        Assert.Contains("helpdesk channel T1:C9", slackLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_PostedInTheHelpdeskChannel_AnswersItsTsAsThePostedId()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);

        var result = await Messenger(bot).SendAsync(new OutgoingMessage("card-1", ConversationAddress.Conversation("slack", "T1:C9"), [Card()]), Cancel);

        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal((DeliveryOutcome.Delivered, post.AnsweredTs), (result.Outcome, result.PostedId));
    }

    [Fact]
    public async Task Card_PostedInTheHelpdeskChannel_StartsTheThreadUnderIt()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);

        var thread = Messenger(bot).StartedThread(ConversationAddress.Conversation("slack", "T1:C9"), "1700000000.000001");

        Assert.Equal(new ConversationKey("slack", "T1:C9:1700000000.000001"), thread?.Thread);
        Assert.Equal(("T1:C9:1700000000.000001", "1700000000.000001"), (thread?.Address.ConversationId, thread?.CardId));
    }

    [Fact]
    public async Task Message_ToAUser_StartsNoThread()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);

        Assert.Null(Messenger(bot).StartedThread(new ConversationAddress("slack") { UserId = "T1:U1" }, "1700000000.000001"));
    }

    [Fact]
    public async Task Card_Replaced_IsUpdatedInPlaceForEveryone()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);
        var messenger = Messenger(bot);
        var posted = await messenger.SendAsync(new OutgoingMessage("card-1", ConversationAddress.Conversation("slack", "T1:C9"), [Card()]), Cancel);
        var thread = messenger.StartedThread(ConversationAddress.Conversation("slack", "T1:C9"), posted.PostedId!)!;

        var result = await messenger.SendAsync(
            new OutgoingMessage("card-1-claimed", thread.Address, [new Reply($"Claimed by {AgentName}")]) { Replaces = thread.CardId }, Cancel);

        var update = Assert.Single(slack.CallsTo("chat.update"));
        Assert.Equal((HelpdeskChannel, posted.PostedId), (update.Channel, update.Ts));
        Assert.Contains($"Claimed by {AgentName}", update.BlockText, StringComparison.Ordinal);
        Assert.False(update.HasButtons);
        Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal((DeliveryOutcome.Delivered, posted.PostedId), (result.Outcome, result.PostedId));
    }

    [Fact]
    public async Task Card_ReplacingItMayHaveFailed_IsTriedAgainBecauseReplacingTwiceIsHarmless()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);
        slack.FailNext("chat.update", "internal_error");

        var result = await Messenger(bot).SendAsync(
            new OutgoingMessage("card-1-claimed", ConversationAddress.Conversation("slack", "T1:C9:1700000000.000001"), [new Reply("Claimed")]) { Replaces = "1700000000.000001" },
            Cancel);

        Assert.Equal(DeliveryOutcome.Ambiguous, result.Outcome);
        Assert.Empty(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Card_ReplacedButSlackRefuses_IsGivenUpOnWithSlacksReason()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, HelpdeskSettings);
        slack.FailNext("chat.update", "message_not_found");

        var result = await Messenger(bot).SendAsync(
            new OutgoingMessage("card-1-claimed", ConversationAddress.Conversation("slack", "T1:C9:1700000000.000001"), [new Reply("Claimed")]) { Replaces = "1700000000.000001" },
            Cancel);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Contains("message_not_found", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_ClickedOnTheCard_IsATurnInTheCardsThreadByTheVerifiedAgentWithTheirName()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.UserNames[Agent] = AgentName;
        await using var bot = await SlackTestBot.StartAsync<WhoSpokeConversation>(slack, new TestLogs(), HelpdeskSettings);
        var card = await PostCardAsync(slack, bot);

        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: Agent)));

        var said = WhoSpokeConversation.Said(AgentName, "T1:U7", $"T1:C9:{card.AnsweredTs}", HelpdeskActions.Claim);
        var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(said, StringComparison.Ordinal));
        Assert.Equal((HelpdeskChannel, card.AnsweredTs), (answer.Channel, answer.ThreadTs));
    }

    [Fact]
    public async Task Claim_ClickedOnTheCard_LeavesTheCardAsItWas()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync<WhoSpokeConversation>(slack, new TestLogs(), HelpdeskSettings);
        var card = await PostCardAsync(slack, bot);

        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: Agent)));

        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == card.AnsweredTs);
        Assert.Empty(slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Claim_ClickedWithoutANameFromSlack_UsesTheClickersHandle()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync<WhoSpokeConversation>(slack, new TestLogs(), HelpdeskSettings);
        var card = await PostCardAsync(slack, bot);
        slack.FailNext("users.info", "missing_scope");

        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: Agent)));

        var said = WhoSpokeConversation.Said("someone", "T1:U7", $"T1:C9:{card.AnsweredTs}", HelpdeskActions.Claim);
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgentReply_InTheThreadOfALiveCase_IsATurnThereWithTheAgentsName()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.UserNames[Agent] = AgentName;
        await using var bot = await StartWithCaseAsync(slack, CardTs);

        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev1", "1700000001.000200", "I'm on it", threadTs: CardTs, channel: HelpdeskChannel, user: Agent).ToJsonString());

        var said = WhoSpokeConversation.Said(AgentName, "T1:U7", $"T1:C9:{CardTs}", "I'm on it");
        var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(said, StringComparison.Ordinal));
        Assert.Equal((HelpdeskChannel, CardTs), (answer.Channel, answer.ThreadTs));
    }

    [Fact]
    public async Task AgentNames_AreAskedOfSlackOncePerPerson()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await StartWithCaseAsync(slack, CardTs);

        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev1", "1700000001.000200", "one", threadTs: CardTs, channel: HelpdeskChannel, user: Agent).ToJsonString());
        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev2", "1700000001.000300", "two", threadTs: CardTs, channel: HelpdeskChannel, user: Agent).ToJsonString());

        await slack.WaitForCallsAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == CardTs, count: 2);
        Assert.Single(slack.CallsTo("users.info"));
    }

    [Theory]
    [InlineData("C1", CardTs, null)]
    [InlineData(HelpdeskChannel, "1700000000.000777", null)]
    [InlineData(HelpdeskChannel, CardTs, "B2")]
    public async Task ChannelMessage_WithoutMention_OutsideALiveCasesThreadOrFromABot_IsIgnored(string channel, string threadTs, string? botId)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await StartWithCaseAsync(slack, CardTs);

        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev1", "1700000001.000200", "hello", threadTs, channel, user: Agent, botId: botId).ToJsonString());
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev2", "1700000001.000300", "later", threadTs: threadTs, channel: channel).ToJsonString());

        // Work in a conversation runs in order: once the mention is answered, the message before it was dealt with.
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(": later", StringComparison.Ordinal));
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ChannelMessage_InTheHelpdeskChannelOutsideAThread_IsIgnored()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await StartWithCaseAsync(slack, CardTs);

        using var response = await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev1", CardTs, "hello", threadTs: null, channel: HelpdeskChannel, user: Agent).ToJsonString());
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev2", CardTs, "later", channel: HelpdeskChannel).ToJsonString());

        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(": later", StringComparison.Ordinal));
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    private const string CardTs = "1700000000.000500";

    private static SlackMessenger Messenger(SlackTestBot bot) => bot.Services.GetServices<IChannelMessenger>().OfType<SlackMessenger>().Single();

    private static Reply Card() => new(
        "New case: nobody can connect to fs01 (0x904, extended 0x7)",
        [new Choice(HelpdeskActions.Claim, "Claim"), new Choice(HelpdeskActions.OpenTicket, "Open ticket")],
        new Card([new Heading("Helpdesk case"), new Paragraph("Nobody can connect to fs01.")]));

    private static async Task<SlackApiCall> PostCardAsync(FakeSlackApi slack, SlackTestBot bot)
    {
        await bot.Services.GetRequiredService<IProactiveMessenger>().QueueAsync(
            [new OutgoingMessage("card-1", ConversationAddress.Conversation("slack", "T1:C9"), [Card()])], Cancel);
        await bot.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Cancel);
        return Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    /// <summary>The bot with a live case whose card is the message <paramref name="cardTs"/> in the helpdesk channel.</summary>
    private static async Task<SlackTestBot> StartWithCaseAsync(FakeSlackApi slack, string cardTs)
    {
        var cases = new InMemoryCaseStore();
        var thread = $"T1:C9:{cardTs}";
        await cases.SaveAsync(new HelpdeskCase
        {
            CaseId = "case-1",
            UserConversation = new ConversationKey("slack", "T1:D1"),
            UserAddress = ConversationAddress.Conversation("slack", "T1:D1"),
            UserId = "T1:U1",
            Packet = TicketTestCases.Packet("case-1"),
            Threads = [new HelpdeskThread(new ConversationKey("slack", thread), ConversationAddress.Conversation("slack", thread), cardTs)],
        }, expectedVersion: null, transaction: null, Cancel);
        return await SlackTestBot.StartAsync<WhoSpokeConversation>(slack, new TestLogs(), services => services.AddSingleton<ICaseStore>(cases), HelpdeskSettings);
    }
}
