using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage.Postgres;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// The Direct Line history on PostgreSQL shared by two instances (each its own <see cref="PostgresDatabase"/> and
/// conversations in memory): numbering across them, what a stream on one hears of the other, and polling when it hears nothing.
/// </summary>
public sealed class PostgresDirectLineFeedTests(PostgresServer server) : IAsyncDisposable
{
    private const string ConversationId = "shared-conversation";

    private readonly PostgresTestDatabase _database = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Append_OnEachInstanceInTurn_NumbersEachAfterTheOthers()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await a.Conversations.GetOrAddAsync(ConversationId, Ct);
        var onB = await b.Conversations.GetOrAddAsync(ConversationId, Ct);

        string[] ids = [await onA.AppendAsync(Message("one"), DateTimeOffset.UtcNow, Ct),
            await onB.AppendAsync(Message("two"), DateTimeOffset.UtcNow, Ct),
            await onA.AppendAsync(Message("three"), DateTimeOffset.UtcNow, Ct)];

        Assert.Equal(["one", "two", "three"], Texts(await a.History.LoadAsync(ConversationId, 10, Ct)));
        Assert.Equal([1L, 2L, 3L], (await b.History.LoadAsync(ConversationId, 10, Ct)).Select(kept => kept.Sequence));
        Assert.Equal(ids, (await a.History.LoadAsync(ConversationId, 10, Ct)).Select(kept => kept.Id));
    }

    [Fact]
    public async Task Append_BothInstancesAtOnce_KeepsEveryActivityOnceInOrder()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await a.Conversations.GetOrAddAsync(ConversationId, Ct);
        var onB = await b.Conversations.GetOrAddAsync(ConversationId, Ct);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? onA : onB).AppendAsync(Message($"m{i}"), DateTimeOffset.UtcNow, Ct)));

        var kept = await a.History.LoadAsync(ConversationId, 100, Ct);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), kept.Select(activity => activity.Sequence));
        Assert.Equal(20, Texts(kept).Distinct().Count());
    }

    [Fact]
    public async Task Hold_MoreConversationsThanThePoolHasConnections_HoldsThemAllAndStillWrites()
    {
        var database = new PostgresDatabase($"{_database.ConnectionString};Maximum Pool Size=2;Timeout=3");
        await using var disposing = database;
        var history = new PostgresDirectLineHistory(database);
        var conversations = new DirectLineConversations(history, Options.Create(new DirectLineOptions()), TimeProvider.System, history);
        List<IAsyncDisposable> holds = [];

        // Turns running in five conversations at once, each holding its conversation.
        for (var i = 0; i < 5; i++)
            holds.Add(await history.HoldAsync($"busy-{i}", Ct));
        var id = await (await conversations.GetOrAddAsync(ConversationId, Ct)).AppendAsync(Message("still served"), DateTimeOffset.UtcNow, Ct);

        foreach (var hold in holds)
            await hold.DisposeAsync();
        Assert.Equal(id, Assert.Single(await history.LoadAsync(ConversationId, 10, Ct)).Id);
    }

    [Fact]
    public async Task Hold_HeldByAnotherInstance_WaitsUntilItsHoldEnds()
    {
        var (a, b) = (Instance(), Instance());
        var heldOnA = await a.History.HoldAsync(ConversationId, Ct);

        var onB = b.History.HoldAsync(ConversationId, Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.False(onB.IsCompleted, "B held the conversation while A held it.");
        await heldOnA.DisposeAsync();

        await using var heldOnB = await onB.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task Listen_AnotherInstanceAppends_HearsThatConversationButNotItsOwnWrites()
    {
        var (a, b) = (Instance(), Instance());
        var heard = Channel.CreateUnbounded<string>();
        var listening = new TaskCompletionSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var listen = a.History.ListenAsync(id => heard.Writer.TryWrite(id), (_, _) => { }, listening.SetResult, stop.Token);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        await (await a.Conversations.GetOrAddAsync("written-here", Ct)).AppendAsync(Message("own"), DateTimeOffset.UtcNow, Ct);
        await (await b.Conversations.GetOrAddAsync(ConversationId, Ct)).AppendAsync(Message("other"), DateTimeOffset.UtcNow, Ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        Assert.Equal(ConversationId, await heard.Reader.ReadAsync(timeout.Token));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listen);
    }

    [Fact]
    public async Task Stream_AnotherInstanceAppends_GetsItThroughTheNotification()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await a.Conversations.GetOrAddAsync(ConversationId, Ct);
        var stream = onA.OpenStream(0);
        await using var feed = await RunningFeedAsync(a, a.History);

        await (await b.Conversations.GetOrAddAsync(ConversationId, Ct)).AppendAsync(Message("posted on B"), DateTimeOffset.UtcNow, Ct);

        var set = await NextSetAsync(stream, within: DirectLineFeedService.PollInterval / 2);
        Assert.Equal(["posted on B"], set.Activities.Select(Text));
        Assert.Equal("1", set.Watermark);
    }

    [Fact]
    public async Task Stream_AnotherInstanceRunningATurnShowsTyping_GetsItWithoutAWatermarkAndNothingIsKept()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await a.Conversations.GetOrAddAsync(ConversationId, Ct);
        var stream = onA.OpenStream(0);
        await using var feed = await RunningFeedAsync(a, a.History);

        await (await b.Conversations.GetOrAddAsync(ConversationId, Ct)).SendTransientAsync(
            JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["type"] = "typing" }), Ct);

        var set = await NextSetAsync(stream, within: DirectLineFeedService.PollInterval / 2);
        Assert.Equal(["typing"], set.Activities.Select(activity => activity.GetProperty("type").GetString()));
        Assert.Null(set.Watermark);
        Assert.Empty(await b.History.LoadAsync(ConversationId, 10, Ct));
    }

    [Fact]
    public async Task Stream_NotificationsCannotBeHeard_GetsWhatAnotherInstanceAppendsByPolling()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await a.Conversations.GetOrAddAsync(ConversationId, Ct);
        var stream = onA.OpenStream(0);
        await using var feed = await RunningFeedAsync(a, new Deaf(a.History));

        await (await b.Conversations.GetOrAddAsync(ConversationId, Ct)).AppendAsync(Message("posted on B"), DateTimeOffset.UtcNow, Ct);

        var set = await NextSetAsync(stream, within: DirectLineFeedService.PollInterval * 3);
        Assert.Equal(["posted on B"], set.Activities.Select(Text));
    }

    private (PostgresDirectLineHistory History, DirectLineConversations Conversations) Instance()
    {
        var history = new PostgresDirectLineHistory(_database.Open());
        return (history, new DirectLineConversations(history, Options.Create(new DirectLineOptions()), TimeProvider.System, history));
    }

    private static async Task<RunningFeed> RunningFeedAsync((PostgresDirectLineHistory History, DirectLineConversations Conversations) instance, IDirectLineFeed feed)
    {
        var service = new DirectLineFeedService(instance.Conversations, TimeProvider.System, NullLogger<DirectLineFeedService>.Instance, feed);
        await service.StartAsync(Ct);
        // The first catch-up of every stream, once listening, would also bring what follows: let it pass first.
        await Task.Delay(DirectLineFeedService.PollInterval + TimeSpan.FromMilliseconds(500), Ct);
        return new RunningFeed(service);
    }

    private static async Task<ActivitySet> NextSetAsync(ActivityStream stream, TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(within);
        return await stream.Sets.ReadAsync(timeout.Token);
    }

    private static Func<string, JsonElement> Message(string text) =>
        id => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["id"] = id, ["type"] = "message", ["text"] = text });

    private static string Text(JsonElement activity) => activity.GetProperty("text").GetString()!;

    private static IEnumerable<string> Texts(IEnumerable<KeptActivity> kept) => kept.Select(activity => Text(activity.Activity));

    private sealed class RunningFeed(DirectLineFeedService service) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await service.StopAsync(CancellationToken.None);
            service.Dispose();
        }
    }

    /// <summary>A feed whose listening connection never opens.</summary>
    private sealed class Deaf(IDirectLineFeed feed) : IDirectLineFeed
    {
        public Task<IAsyncDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken) =>
            feed.HoldAsync(conversationId, cancellationToken);

        public Task<IReadOnlyList<KeptActivity>> LoadChangesAsync(string conversationId, long after, int max, CancellationToken cancellationToken) =>
            feed.LoadChangesAsync(conversationId, after, max, cancellationToken);

        public Task SendTransientAsync(string conversationId, JsonElement activity, CancellationToken cancellationToken) =>
            feed.SendTransientAsync(conversationId, activity, cancellationToken);

        public Task ListenAsync(Action<string> changed, Action<string, JsonElement> transient, Action listening, CancellationToken cancellationToken) =>
            Task.FromException(new InvalidOperationException("the listening connection is down"));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
