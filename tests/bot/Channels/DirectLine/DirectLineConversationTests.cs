using System.Text.Json;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryDirectLineHistory _history = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DirectLineConversation CreateSut(int maxActivities = 10) => new("conversation-1", maxActivities, _history, [], Now);

    private async Task<DirectLineConversation> ReloadAsync(int maxActivities = 10) =>
        new("conversation-1", maxActivities, _history, await _history.LoadAsync("conversation-1", maxActivities, Ct), Now);

    private static async Task AppendAsync(DirectLineConversation conversation, int count)
    {
        for (var i = 0; i < count; i++)
            await conversation.AppendAsync(Message, Now, Ct);
    }

    private static JsonElement Message(string id) => JsonSerializer.SerializeToElement(new { type = "message", id });

    [Fact]
    public async Task Append_GivesIdsInOrderNamingTheConversation()
    {
        var conversation = CreateSut();

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(await conversation.AppendAsync(Message, Now, Ct));

        Assert.Equal(["conversation-1|0000001", "conversation-1|0000002", "conversation-1|0000003"], ids);
    }

    [Fact]
    public async Task After_PastTheCap_KeepsTheNewestAndTheirWatermarks()
    {
        var conversation = CreateSut(maxActivities: 10);
        await AppendAsync(conversation, 15);

        var set = conversation.After(0, 100);

        Assert.Equal(("conversation-1|0000006", "15"), (set.Activities[0].GetProperty("id").GetString(), set.Watermark));
    }

    [Fact]
    public async Task After_MoreThanAPage_ReturnsAPageAndItsWatermark()
    {
        var conversation = CreateSut();
        await AppendAsync(conversation, 5);

        var set = conversation.After(1, 2);

        Assert.Equal((2, "3"), (set.Activities.Count, set.Watermark));
    }

    [Fact]
    public async Task After_NothingNew_KeepsTheWatermark()
    {
        var conversation = CreateSut();
        await AppendAsync(conversation, 1);

        var set = conversation.After(1, 100);

        Assert.Equal((0, "1"), (set.Activities.Count, set.Watermark));
    }

    [Fact]
    public async Task After_ReloadedFromTheHistory_ReturnsWhatWasAppendedWithItsWatermark()
    {
        await AppendAsync(CreateSut(), 3);

        var set = (await ReloadAsync()).After(0, 100);

        Assert.Equal((3, "3"), (set.Activities.Count, set.Watermark));
    }

    [Fact]
    public async Task Append_ReloadedFromTheHistory_ContinuesTheSequence()
    {
        await AppendAsync(CreateSut(), 3);

        var id = await (await ReloadAsync()).AppendAsync(Message, Now, Ct);

        Assert.Equal("conversation-1|0000004", id);
    }

    [Fact]
    public async Task TryStart_ReloadedWithActivities_SaysItWasAlreadyStarted()
    {
        var conversation = CreateSut();
        conversation.TryStart();
        await AppendAsync(conversation, 1);

        Assert.False((await ReloadAsync()).TryStart());
    }
}
