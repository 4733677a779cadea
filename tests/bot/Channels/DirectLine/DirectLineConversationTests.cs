using System.Text.Json;
using RdpHelpBot.Bot.Channels.DirectLine;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static DirectLineConversation CreateSut(int maxActivities = 10) => new("conversation-1", maxActivities, Now);

    private static JsonElement Message(string id) => JsonSerializer.SerializeToElement(new { type = "message", id });

    [Fact]
    public void Append_GivesIdsInOrderNamingTheConversation()
    {
        var conversation = CreateSut();

        var ids = Enumerable.Range(0, 3).Select(_ => conversation.Append(Message, Now)).ToList();

        Assert.Equal(["conversation-1|0000001", "conversation-1|0000002", "conversation-1|0000003"], ids);
    }

    [Fact]
    public void After_PastTheCap_KeepsTheNewestAndTheirWatermarks()
    {
        var conversation = CreateSut(maxActivities: 10);
        for (var i = 0; i < 15; i++)
            conversation.Append(Message, Now);

        var set = conversation.After(0, 100);

        Assert.Equal(("conversation-1|0000006", "15"), (set.Activities[0].GetProperty("id").GetString(), set.Watermark));
    }

    [Fact]
    public void After_MoreThanAPage_ReturnsAPageAndItsWatermark()
    {
        var conversation = CreateSut();
        for (var i = 0; i < 5; i++)
            conversation.Append(Message, Now);

        var set = conversation.After(1, 2);

        Assert.Equal((2, "3"), (set.Activities.Count, set.Watermark));
    }

    [Fact]
    public void After_NothingNew_KeepsTheWatermark()
    {
        var conversation = CreateSut();
        conversation.Append(Message, Now);

        var set = conversation.After(1, 100);

        Assert.Equal((0, "1"), (set.Activities.Count, set.Watermark));
    }
}
