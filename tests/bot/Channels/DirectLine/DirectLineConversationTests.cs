using System.Text.Json;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryDirectLineHistory _history = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DirectLineConversation CreateSut(int maxActivities = 10, int maxBytes = 1 << 20) =>
        new("conversation-1", new ConversationLimits(maxActivities, maxBytes), _history, [], Now);

    private async Task<DirectLineConversation> ReloadAsync(int maxActivities = 10, int maxBytes = 1 << 20) =>
        new("conversation-1", new ConversationLimits(maxActivities, maxBytes), _history, await _history.LoadAsync("conversation-1", maxActivities, Ct), Now);

    private static async Task AppendAsync(DirectLineConversation conversation, int count, int textLength = 0)
    {
        for (var i = 0; i < count; i++)
            await conversation.AppendAsync(id => Message(id, textLength), Now, Ct);
    }

    private static JsonElement Message(string id) => Message(id, textLength: 0);

    private static JsonElement Message(string id, int textLength) =>
        JsonSerializer.SerializeToElement(new { type = "message", id, text = new string('x', textLength) });

    private static long BytesOf(ActivitySet set) => set.Activities.Sum(a => (long)a.GetRawText().Length);

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
    public async Task After_PastTheByteBudget_KeepsOnlyTheNewestThatFit()
    {
        var conversation = CreateSut(maxActivities: 100, maxBytes: 10_000);
        await AppendAsync(conversation, 20, textLength: 1_000);

        var set = conversation.After(0, 100);

        Assert.Equal(("conversation-1|0000020", "20"), (set.Activities[^1].GetProperty("id").GetString(), set.Watermark));
        Assert.InRange(BytesOf(set), 9_000, 10_000);
    }

    [Fact]
    public async Task After_ReloadedPastTheByteBudget_ShowsWhatFitsAndTheHistoryForgotTheRest()
    {
        await AppendAsync(CreateSut(maxActivities: 100, maxBytes: 10_000), 20, textLength: 1_000);

        var reloaded = await ReloadAsync(maxActivities: 100, maxBytes: 10_000);

        Assert.InRange(BytesOf(reloaded.After(0, 100)), 9_000, 10_000);
        Assert.Equal(reloaded.After(0, 100).Activities.Count, (await _history.LoadAsync("conversation-1", 100, Ct)).Count);
    }

    [Fact]
    public async Task Append_ActivityLargerThanTheBudget_KeepsItAlone()
    {
        var conversation = CreateSut(maxActivities: 100, maxBytes: 1_000);
        await AppendAsync(conversation, 3, textLength: 100);

        await AppendAsync(conversation, 1, textLength: 5_000);

        Assert.Equal("conversation-1|0000004", Assert.Single(conversation.After(0, 100).Activities).GetProperty("id").GetString());
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
