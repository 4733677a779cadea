using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Tests.Turns;

public sealed class ConversationKeyTests
{
    [Fact]
    public void ToString_ChannelAndConversation_AreJoinedByAColon()
    {
        Assert.Equal("msteams:a:1xyz", new ConversationKey("msteams", "a:1xyz").ToString());
    }

    [Fact]
    public void TryParse_ConversationIdWithColons_SplitsAtTheFirstColonOnly()
    {
        Assert.True(ConversationKey.TryParse("msteams:19:abc@thread.v2", out var key));
        Assert.Equal(new ConversationKey("msteams", "19:abc@thread.v2"), key);
    }

    [Theory]
    [InlineData("no-colon")]
    [InlineData(":conversation")]
    [InlineData("channel:")]
    [InlineData("channel: ")]
    public void TryParse_NotAKey_ReturnsFalse(string text)
    {
        Assert.False(ConversationKey.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_ChannelWithAColon_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ConversationKey("a:b", "c"));
    }
}
