using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Schema;

public sealed class ActivityAddressingTests
{
    private static Activity Incoming(string type = ActivityTypes.Message, string channel = "msteams") => new()
    {
        Type = type,
        Id = "in-1",
        ChannelId = channel,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = new ChannelAccount("29:user", "Megan"),
        Recipient = new ChannelAccount("28:bot", "RdpHelpBot"),
        Conversation = new ConversationAccount("a:conv") { TenantId = "t1", ConversationType = "personal" },
        Locale = "en-GB",
    };

    [Fact]
    public void ReplyTo_Message_SwapsSenderAndRecipientAndRepliesToIt()
    {
        var reply = new Activity { Text = "ok" }.ReplyTo(Incoming());

        Assert.Equal(("28:bot", "29:user", "in-1", "a:conv", "t1"),
            (reply.From!.Id, reply.Recipient!.Id, reply.ReplyToId, reply.Conversation!.Id, reply.Conversation.TenantId));
    }

    [Fact]
    public void ReplyTo_KeepsServiceUrlChannelAndLocale()
    {
        var reply = new Activity { Text = "ok" }.ReplyTo(Incoming());

        Assert.Equal(("https://smba.trafficmanager.net/amer/", "msteams", "en-GB"), (reply.ServiceUrl, reply.ChannelId, reply.Locale));
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public void ReplyTo_ConversationUpdateOnDirectLine_HasNoReplyToId(string channel)
    {
        var reply = new Activity { Text = "welcome" }.ReplyTo(Incoming(ActivityTypes.ConversationUpdate, channel));

        Assert.Null(reply.ReplyToId);
    }

    [Fact]
    public void ReplyTo_ConversationUpdateOnTeams_RepliesToIt()
    {
        var reply = new Activity { Text = "welcome" }.ReplyTo(Incoming(ActivityTypes.ConversationUpdate));

        Assert.Equal("in-1", reply.ReplyToId);
    }
}
