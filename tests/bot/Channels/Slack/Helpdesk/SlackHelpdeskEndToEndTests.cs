using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Helpdesk;

/// <summary>
/// The whole hand-over in Slack, through the real host's signed routes against a fake Slack: a user in a direct message
/// asks for a person, the case's card appears in the helpdesk channel, an agent claims it there, the two talk through
/// the card's thread, and the agent resolves it.
/// </summary>
public sealed class SlackHelpdeskEndToEndTests
{
    private const string HelpdeskChannel = "C9";
    private const string Agent = "U7";
    private const string AgentName = "Ada Agent";
    private const string UserName = "Dana Ruiz";

    [Fact]
    public async Task HandOver_FromADirectMessage_IsClaimedRelayedBothWaysAndResolvedWithARating()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await StartAsync(slack);

        // The user asks for a person in their direct message with the bot: the card is posted in the helpdesk channel.
        var card = await HandOverAsync(slack, bot);
        Assert.Null(card.ThreadTs);
        Assert.Equal(["Claim", "Open ticket"], card.Buttons.Select(button => button.Label));
        Assert.Contains(UserName, card.BlockText, StringComparison.Ordinal);
        await ToUserAsync(slack, "helpdesk's Slack channel");

        // An agent claims it: the card says so for everyone, the user is told who has the case.
        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: Agent)));
        var claimed = await slack.WaitForCallAsync(call => call.Method == "chat.update" && call.BlockText.Contains($"Claimed by {AgentName}", StringComparison.Ordinal));
        Assert.Equal((HelpdeskChannel, card.AnsweredTs), (claimed.Channel, claimed.Ts));
        Assert.DoesNotContain("Claim", claimed.Buttons.Select(button => button.Label));
        await ToUserAsync(slack, $"{AgentName} from the helpdesk has your case");

        // What the user writes appears in the card's thread.
        await bot.PostEventAsync(SlackPayloads.DirectMessage("Ev2", "1700000002.000100", "it still fails after the restart").ToJsonString());
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.Channel == HelpdeskChannel && call.ThreadTs == card.AnsweredTs
            && call.BlockText.Contains("it still fails after the restart", StringComparison.Ordinal));

        // What the agent writes in the thread, without mentioning the bot, reaches the user under the agent's name.
        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev3", "1700000003.000100", "Please run gpupdate /force and try again", card.AnsweredTs, HelpdeskChannel, Agent).ToJsonString());
        await ToUserAsync(slack, $"{AgentName}: Please run gpupdate /force and try again");

        // The agent resolves it: the user is told and asked for a rating.
        await bot.PostEventAsync(SlackPayloads.ChannelMessage("Ev4", "1700000004.000100", "resolve that did it", card.AnsweredTs, HelpdeskChannel, Agent).ToJsonString());
        await ToUserAsync(slack, $"{AgentName} resolved your case");
        await ToUserAsync(slack, "Rate it 1–5");
        await slack.WaitForCallAsync(call => call.Method == "chat.update" && call.Ts == card.AnsweredTs
            && call.BlockText.Contains($"Resolved by {AgentName}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claim_TwoAgentsAtOnce_OneWinsAndTheOtherIsToldWho()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.UserNames[OtherAgent] = "Sam Other";
        await using var bot = await StartAsync(slack, $"--Escalation:Agents:1={SlackPayloads.Team}:{OtherAgent}");
        var card = await HandOverAsync(slack, bot);

        await Task.WhenAll(
            bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: Agent))),
            bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: OtherAgent))));

        var refused = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == card.AnsweredTs
            && call.BlockText.Contains("Already claimed by", StringComparison.Ordinal));
        var update = Assert.Single(slack.CallsTo("chat.update"), call => call.BlockText.Contains("Claimed by", StringComparison.Ordinal));
        var winner = update.BlockText.Contains(AgentName, StringComparison.Ordinal) ? AgentName : "Sam Other";
        Assert.Contains($"Already claimed by {winner}.", refused.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_BySomeoneWhoIsNotAnAgent_IsRefusedInTheThreadAndTheCardStays()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await StartAsync(slack);
        var card = await HandOverAsync(slack, bot);

        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(card, HelpdeskActions.Claim, user: OtherAgent)));

        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == card.AnsweredTs
            && call.BlockText.Contains("Only helpdesk agents can do that", StringComparison.Ordinal));
        Assert.Empty(slack.CallsTo("chat.update"));
    }

    private const string OtherAgent = "U8";

    private static Task<SlackTestBot> StartAsync(FakeSlackApi slack, params string[] settings)
    {
        slack.UserNames[SlackPayloads.User] = UserName;
        slack.UserNames[Agent] = AgentName;
        return SlackTestBot.StartHostAsync(slack, [
            .. SlackTestBot.HttpSettings, $"--Escalation:Slack:Channel={SlackPayloads.Team}:{HelpdeskChannel}", $"--Escalation:Agents:0={SlackPayloads.Team}:{Agent}",
            .. settings]);
    }

    /// <summary>The user asks for a person in their direct message; answers the card once its thread is recorded on the case.</summary>
    private static async Task<SlackApiCall> HandOverAsync(FakeSlackApi slack, SlackTestBot bot)
    {
        await bot.PostEventAsync(SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "my azure vm gives 0x904, I need to talk to someone from the helpdesk").ToJsonString());
        var card = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.Channel == HelpdeskChannel);
        await ThreadRecordedAsync(bot, card.AnsweredTs!);
        return card;
    }

    private static Task<SlackApiCall> ToUserAsync(FakeSlackApi slack, string text) =>
        slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.Channel == SlackPayloads.DirectChannel
            && call.BlockText.Contains(text, StringComparison.Ordinal));

    /// <summary>The card's thread is recorded on the case once Slack has answered the post; a click before that finds no case yet.</summary>
    private static async Task ThreadRecordedAsync(SlackTestBot bot, string cardTs)
    {
        var cases = bot.Services.GetRequiredService<ICaseStore>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((await cases.ListAsync(liveOnly: true, limit: 1, TestContext.Current.CancellationToken)) is not [{ Threads: [{ CardId: var id }] }] || id != cardTs)
        {
            Assert.True(DateTime.UtcNow < deadline, "The card's thread was never recorded on the case.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
