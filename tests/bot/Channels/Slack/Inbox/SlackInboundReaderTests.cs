using System.Text.Json;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Inbox;

public sealed class SlackInboundReaderTests
{
    [Fact]
    public void FromEvent_Mention_DropsTheLeadingMentionOfTheBot()
    {
        var message = ReadEvent(SlackPayloads.AppMention("Ev1", "1.1", "I get <b>0x904</b>"));

        Assert.Equal("I get <b>0x904</b>", message.Text);
    }

    [Fact]
    public void FromEvent_Mention_IsNotADirectMessage()
    {
        var message = ReadEvent(SlackPayloads.AppMention("Ev1", "1.1", "hi", threadTs: "0.9"));

        Assert.Equal((false, "0.9"), (message.IsDirect, message.ThreadTs));
    }

    [Fact]
    public void FromEvent_SharedChannel_UsesTheTeamOfTheInstallationItWasDeliveredFor()
    {
        var payload = SlackPayloads.AppMention("Ev1", "1.1", "hi", team: "T_OTHER");
        payload["authorizations"]![0]!["team_id"] = "T_OURS";

        Assert.Equal("T_OURS", ReadEvent(payload).TeamId);
    }

    [Fact]
    public void FromEvent_MessageOutsideADirectMessage_IsIgnored()
    {
        var payload = SlackPayloads.DirectMessage("Ev1", "1.1", "hi");
        payload["event"]!["channel_type"] = "channel";

        Assert.Null(SlackInboundReader.FromEvent(Envelope(payload)));
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("group")]
    public void FromEvent_ReplyInAThreadOfTheHelpdeskChannel_IsAMessageOfThatThread(string channelType)
    {
        var payload = SlackPayloads.ChannelMessage("Ev1", "1.2", "on it", threadTs: "1.1", channel: "C9", channelType: channelType);

        var message = Assert.IsType<SlackMessageIn>(SlackInboundReader.FromEvent(Envelope(payload), HelpdeskIsC9));

        Assert.Equal(("T1:C9:1.1", true, "on it"), (message.Place.ConversationId, message.InHelpdeskThread, message.Text));
    }

    [Theory]
    [InlineData("C1", "1.1", null)]
    [InlineData("C9", null, null)]
    [InlineData("C9", "1.2", null)]
    [InlineData("C9", "1.1", "B2")]
    public void FromEvent_ChannelMessageWithoutMention_OutsideAHelpdeskThreadOrFromABot_IsIgnored(string channel, string? threadTs, string? botId)
    {
        var payload = SlackPayloads.ChannelMessage("Ev1", "1.2", "hello", threadTs, channel, botId: botId);

        Assert.Null(SlackInboundReader.FromEvent(Envelope(payload), HelpdeskIsC9));
    }

    [Theory]
    [InlineData("<@UBOT> resolve", "resolve")]
    [InlineData("<@U5> can you look?", "<@U5> can you look?")]
    public void FromEvent_HelpdeskThreadReply_DropsOnlyTheBotsLeadingMention(string text, string expected)
    {
        var payload = SlackPayloads.ChannelMessage("Ev1", "1.2", text, threadTs: "1.1", channel: "C9");

        Assert.Equal(expected, Assert.IsType<SlackMessageIn>(SlackInboundReader.FromEvent(Envelope(payload), HelpdeskIsC9)).Text);
    }

    [Fact]
    public void FromInteraction_ButtonThatIsNotAChoice_IsIgnored()
    {
        var interaction = new SlackInteraction(SlackInteraction.BlockActions, new SlackIdRef("T1"), new SlackInteractionUser("U1"), new SlackIdRef("C1"),
            new SlackInteractionMessage("1.1"), Actions: [new SlackAction("open-docs", Value: "x", ActionTs: "2.2")]);

        Assert.Null(SlackInboundReader.FromInteraction(interaction));
    }

    private static bool HelpdeskIsC9(string team, string channel) => (team, channel) == ("T1", "C9");

    private static SlackMessageIn ReadEvent(System.Text.Json.Nodes.JsonObject payload) =>
        Assert.IsType<SlackMessageIn>(SlackInboundReader.FromEvent(Envelope(payload)));

    private static SlackEventEnvelope Envelope(System.Text.Json.Nodes.JsonObject payload) =>
        JsonSerializer.Deserialize(payload.ToJsonString(), SlackJsonContext.Default.SlackEventEnvelope)!;
}
