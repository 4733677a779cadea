using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class MentionRemoverTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "RdpHelpBot");

    private static Activity Message(string text, params Entity[] entities) =>
        new() { Text = text, Recipient = Bot, Entities = entities };

    private static Entity Mention(string id, string name, string? markup) =>
        new() { Type = Entity.MentionType, Mentioned = new ChannelAccount(id, name), Text = markup };

    [Fact]
    public void TextWithoutBotMention_BotMentionedFirst_LeavesTheQuestion()
    {
        var text = MentionRemover.TextWithoutBotMention(Message("<at>RdpHelpBot</at> error 0x904", Mention("28:bot", "RdpHelpBot", "<at>RdpHelpBot</at>")));

        Assert.Equal("error 0x904", text);
    }

    [Fact]
    public void TextWithoutBotMention_OtherPersonsMention_Stays()
    {
        var text = MentionRemover.TextWithoutBotMention(Message(
            "<at>RdpHelpBot</at> ask <at>Alex</at>",
            Mention("28:bot", "RdpHelpBot", "<at>RdpHelpBot</at>"), Mention("29:alex", "Alex", "<at>Alex</at>")));

        Assert.Equal("ask <at>Alex</at>", text);
    }

    [Fact]
    public void TextWithoutBotMention_MentionWithoutMarkup_RemovesTheNameTag()
    {
        var text = MentionRemover.TextWithoutBotMention(Message("hi <AT>RdpHelpBot</AT> there", Mention("28:bot", "RdpHelpBot", null)));

        Assert.Equal("hi there", text);
    }
}
