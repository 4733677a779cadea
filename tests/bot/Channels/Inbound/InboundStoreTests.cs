using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Storage.InMemory;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Storage.Postgres;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Tests.Channels.Inbound;

/// <summary>
/// What a channel acknowledged: a redelivery is recognised, what a stopped process never handled is run again — a
/// bounded number of times — and an item a running instance holds is left to it until its claim runs out; only the
/// holder's turn is kept, and a failed turn's item is run again after a back-off, a bounded number of times.
/// </summary>
public sealed class InboundStoreTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly PostgresTestDatabase _postgres = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Engines => ["sqlite", "memory", "postgres"];

    private IInboundStore Create(string engine) => CreateWithStates(engine).Store;

    /// <summary>The engine's inbound store and the state store its handled marks are written with.</summary>
    private (IInboundStore Store, IStateStore States) CreateWithStates(string engine)
    {
        switch (engine)
        {
            case "sqlite":
                var file = new SqliteDatabase(Path.Combine(_folder.Path, "bot.db"));
                return (new SqliteInboundStore(file), new SqliteStateStore(file, TimeProvider.System));
            case "postgres":
                var database = _postgres.Open();
                return (new PostgresInboundStore(database), new PostgresStateStore(database, TimeProvider.System));
            default:
                return (new InMemoryInboundStore(), new InMemoryStateStore());
        }
    }

    /// <summary>The claim of a process that stopped a while ago: run out by <see cref="Now"/>.</summary>
    private static readonly InboundClaim Stopped = new("stopped", Now.AddMinutes(-2), Now.AddMinutes(-1));

    /// <summary>A claim of one minute by <paramref name="owner"/>, made <paramref name="minutes"/> (and seconds) after <see cref="Now"/>.</summary>
    private static InboundClaim Taker(string owner = "b", double minutes = 0, double seconds = 0)
    {
        var at = Now.AddMinutes(minutes).AddSeconds(seconds);
        return new InboundClaim(owner, at, at.AddMinutes(1));
    }

    private static InboundItem Item(string id, int minutes = 0, string channel = "msteams") =>
        new(channel, id, $"{channel}/conv-1", $$"""{"id":"{{id}}"}""", Now.AddMinutes(minutes));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_redelivered_item_is_not_accepted_twice_but_the_same_id_on_another_channel_is(string engine)
    {
        var store = Create(engine);

        Assert.True(await store.AcceptAsync(Item("a1"), Stopped, Ct));
        Assert.False(await store.AcceptAsync(Item("a1", minutes: 1), Stopped, Ct));
        Assert.True(await store.AcceptAsync(Item("a1", channel: "slack"), Stopped, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_released_item_is_accepted_again_but_a_handled_one_is_not_released(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("refused"), Stopped, Ct);
        await store.AcceptAsync(Item("done"), Stopped, Ct);
        await store.MarkHandledAsync("msteams", "done", Stopped.Owner, Ct);

        await store.ReleaseAsync("msteams", "refused", Ct);
        await store.ReleaseAsync("msteams", "done", Ct);

        Assert.True(await store.AcceptAsync(Item("refused"), Stopped, Ct));
        Assert.False(await store.AcceptAsync(Item("done"), Stopped, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Unhandled_items_come_back_oldest_first_and_handled_ones_do_not(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("late", minutes: 2), Stopped, Ct);
        await store.AcceptAsync(Item("early", minutes: 1), Stopped, Ct);
        await store.AcceptAsync(Item("done", minutes: 0), Stopped, Ct);
        await store.MarkHandledAsync("msteams", "done", Stopped.Owner, Ct);

        var unhandled = await store.TakeUnhandledAsync("msteams", 10, Taker(), Ct);

        Assert.Equal(["early", "late"], unhandled.Select(item => item.Id));
        Assert.Equal("""{"id":"early"}""", unhandled[0].Payload);
        Assert.Equal(Now.AddMinutes(1), unhandled[0].Received);
        Assert.Empty(await store.TakeUnhandledAsync("slack", 10, Taker(), Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_item_whose_turn_keeps_stopping_the_process_is_given_up_after_its_starts(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("poison"), Stopped, Ct);

        // Each start's claim has run out before the next start takes the item.
        for (var start = 0; start < InboundItem.MaxStarts; start++)
            Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker(minutes: start * 2), Ct));

        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker(minutes: InboundItem.MaxStarts * 2), Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_item_a_running_instance_holds_is_not_taken_until_its_claim_runs_out(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);

        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("b", seconds: 59), Ct));
        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("a", seconds: 59), Ct));
        Assert.Equal(["m1"], (await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct)).Select(item => item.Id));
        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("c", minutes: 1, seconds: 30), Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_renewed_claim_keeps_a_long_turn_s_item_with_its_instance(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("long"), Taker("a"), Ct);
        await store.AcceptAsync(Item("other"), Taker("c"), Ct);

        await store.RenewAsync(Taker("a", seconds: 40), Ct);

        Assert.Equal(["other"], (await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1, seconds: 30), Ct)).Select(item => item.Id));
        Assert.Equal(["long"], (await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1, seconds: 40), Ct)).Select(item => item.Id));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_instances_taking_at_once_share_the_items_without_both_getting_one(string engine)
    {
        var store = Create(engine);
        var ids = Enumerable.Range(0, 40).Select(i => $"i{i:D2}").ToList();
        foreach (var id in ids)
            await store.AcceptAsync(Item(id), Stopped, Ct);

        var taken = await Task.WhenAll(
            Task.Run(() => store.TakeUnhandledAsync("msteams", 40, Taker("a"), Ct), Ct),
            Task.Run(() => store.TakeUnhandledAsync("msteams", 40, Taker("b"), Ct), Ct));

        Assert.Equal(ids, taken.SelectMany(items => items).Select(item => item.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_turn_whose_item_another_instance_took_over_keeps_nothing_and_the_taker_s_turn_is_kept(string engine)
    {
        var (store, states) = CreateWithStates(engine);
        await using var disposing = states as IAsyncDisposable;
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);
        // "a" could not renew its claim, so "b" took the item over and runs it too; "a" finishes first.
        Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct));

        await Assert.ThrowsAsync<InboundClaimLostException>(() =>
            states.WriteAsync("msteams/conv-1", """{"answeredBy":"a"}""", null, [store.Handled("msteams", "m1", "a")], Ct));
        await states.WriteAsync("msteams/conv-1", """{"answeredBy":"b"}""", null, [store.Handled("msteams", "m1", "b")], Ct);

        Assert.Equal("""{"answeredBy":"b"}""", (await states.ReadAsync("msteams/conv-1", Ct))!.Json);
        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("c", minutes: 5), Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_turn_whose_item_another_instance_took_over_and_answered_is_not_kept_on_top(string engine)
    {
        var (store, states) = CreateWithStates(engine);
        await using var disposing = states as IAsyncDisposable;
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);
        Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct));
        var taker = await states.WriteAsync("msteams/conv-1", """{"answeredBy":"b"}""", null, [store.Handled("msteams", "m1", "b")], Ct);

        // "a" lost the race for the state, ran its turn again on the newer one, and finishes now.
        await Assert.ThrowsAsync<InboundClaimLostException>(() =>
            states.WriteAsync("msteams/conv-1", """{"answeredBy":"a"}""", taker, [store.Handled("msteams", "m1", "a")], Ct));

        Assert.Equal("""{"answeredBy":"b"}""", (await states.ReadAsync("msteams/conv-1", Ct))!.Json);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_failed_turn_s_item_is_left_by_its_instance_s_renewals_and_taken_again_after_the_back_off(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);

        Assert.Equal(InboundRetry.Later, await store.RetryLaterAsync("msteams", "m1", Taker("a", seconds: 10), Ct));
        await store.RenewAsync(Taker("a", seconds: 20), Ct);

        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("b", seconds: 69), Ct));
        Assert.Equal(["m1"], (await store.TakeUnhandledAsync("msteams", 10, Taker("b", seconds: 70), Ct)).Select(item => item.Id));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_failed_turn_s_item_is_given_up_once_it_has_been_run_its_starts(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);
        Assert.Equal(InboundRetry.Later, await store.RetryLaterAsync("msteams", "m1", Taker("a"), Ct));

        List<InboundRetry> retries = [];
        for (var run = 1; run < InboundItem.MaxStarts; run++)
        {
            var owner = $"run{run}";
            Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker(owner, minutes: run * 2), Ct));
            retries.Add(await store.RetryLaterAsync("msteams", "m1", Taker(owner, minutes: run * 2), Ct));
        }

        Assert.Equal([.. Enumerable.Repeat(InboundRetry.Later, InboundItem.MaxStarts - 2), InboundRetry.GivenUp], retries);
        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker(minutes: 60), Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_failed_turn_s_item_another_instance_took_over_is_left_to_it(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);
        Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct));

        Assert.Equal(InboundRetry.NotHeld, await store.RetryLaterAsync("msteams", "m1", Taker("a", minutes: 1), Ct));
        await store.MarkHandledAsync("msteams", "m1", "a", Ct);

        Assert.Empty(await store.TakeUnhandledAsync("msteams", 10, Taker("c", minutes: 1, seconds: 30), Ct));
        Assert.Equal(["m1"], (await store.TakeUnhandledAsync("msteams", 10, Taker("c", minutes: 2), Ct)).Select(item => item.Id));
    }

    [Fact]
    public async Task On_sqlite_renewing_the_claims_reads_no_items_however_many_wait()
    {
        var database = new SqliteDatabase(Path.Combine(_folder.Path, "bot.db"));
        var store = new SqliteInboundStore(database);
        await store.AcceptAsync(Item("held"), Taker("a"), Ct);
        for (var i = 0; i < 50; i++)
            await store.AcceptAsync(Item($"left{i}"), Stopped, Ct);
        // Nothing left to read: a renewal that scanned the items would fail.
        await using (var connection = await database.OpenAsync(Ct))
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TABLE inbound_item";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await store.RenewAsync(Taker("a", seconds: 30), Ct);
    }

    [Fact]
    public async Task On_postgres_a_turn_whose_item_another_instance_took_over_writes_no_reply_to_send()
    {
        var database = _postgres.Open();
        var store = new PostgresInboundStore(database);
        var outbox = new PostgresOutboxStore(database);
        await store.AcceptAsync(Item("m1"), Taker("a"), Ct);
        Assert.Single(await store.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct));

        await Assert.ThrowsAsync<InboundClaimLostException>(() => new PostgresStateStore(database, TimeProvider.System).WriteAsync(
            "msteams/conv-1", "{}", null, [store.Handled("msteams", "m1", "a"), new Replies(outbox, "botframework:m1")], Ct));

        Assert.Empty(await outbox.ListAsync(OutboxState.Pending, Ct));
    }

    [Fact]
    public async Task On_sqlite_a_restart_runs_what_the_stopped_process_held_at_once()
    {
        var path = Path.Combine(_folder.Path, "bot.db");
        await new SqliteInboundStore(new SqliteDatabase(path)).AcceptAsync(Item("held"), Taker("a"), Ct);

        var restarted = new SqliteInboundStore(new SqliteDatabase(path));

        Assert.Equal(["held"], (await restarted.TakeUnhandledAsync("msteams", 10, Taker("b", seconds: 1), Ct)).Select(item => item.Id));
    }

    [Fact]
    public async Task On_postgres_an_item_another_running_instance_holds_is_left_to_it()
    {
        await new PostgresInboundStore(_postgres.Open()).AcceptAsync(Item("held"), Taker("a"), Ct);

        var starting = new PostgresInboundStore(_postgres.Open());

        Assert.Empty(await starting.TakeUnhandledAsync("msteams", 10, Taker("b", seconds: 1), Ct));
        Assert.Equal(["held"], (await starting.TakeUnhandledAsync("msteams", 10, Taker("b", minutes: 1), Ct)).Select(item => item.Id));
    }

    [Fact]
    public async Task Marked_handled_in_a_state_write_it_is_handled_only_when_the_write_commits()
    {
        var database = new SqliteDatabase(Path.Combine(_folder.Path, "bot.db"));
        var store = new SqliteInboundStore(database);
        var states = new SqliteStateStore(database, TimeProvider.System);
        await store.AcceptAsync(Item("t1"), Stopped, Ct);
        await store.AcceptAsync(Item("t2"), Stopped, Ct);

        await states.WriteAsync("msteams/conv-1", "{}", null, [store.Handled("msteams", "t1", Stopped.Owner)], Ct);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            states.CommitAsync([store.Handled("msteams", "t2", Stopped.Owner), new FailingPart()], Ct));

        var unhandled = await new SqliteInboundStore(new SqliteDatabase(database.Path)).TakeUnhandledAsync("msteams", 10, Taker(), Ct);
        Assert.Equal(["t2"], unhandled.Select(item => item.Id));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Purged_items_are_forgotten_so_the_store_does_not_grow_without_end(string engine)
    {
        var store = Create(engine);
        await store.AcceptAsync(Item("old", minutes: 0), Stopped, Ct);
        await store.AcceptAsync(Item("new", minutes: 10), Stopped, Ct);

        Assert.Equal(1, await store.PurgeAsync(Now.AddMinutes(5), Ct));

        Assert.Equal(["new"], (await store.TakeUnhandledAsync("msteams", 10, Taker(), Ct)).Select(item => item.Id));
    }

    [Fact]
    public async Task The_memory_engine_keeps_at_most_its_capacity()
    {
        var store = new InMemoryInboundStore(capacity: 2);
        await store.AcceptAsync(Item("1", 1), Stopped, Ct);
        await store.AcceptAsync(Item("2", 2), Stopped, Ct);
        await store.AcceptAsync(Item("3", 3), Stopped, Ct);

        Assert.Equal(["2", "3"], (await store.TakeUnhandledAsync("msteams", 10, Taker(), Ct)).Select(item => item.Id));
    }

    [Fact]
    public async Task On_postgres_marked_handled_in_a_state_write_it_is_handled_only_when_the_write_commits()
    {
        var database = _postgres.Open();
        var store = new PostgresInboundStore(database);
        var states = new PostgresStateStore(database, TimeProvider.System);
        await store.AcceptAsync(Item("t1"), Stopped, Ct);
        await store.AcceptAsync(Item("t2"), Stopped, Ct);

        await states.WriteAsync("msteams/conv-1", "{}", null, [store.Handled("msteams", "t1", Stopped.Owner)], Ct);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            states.CommitAsync([store.Handled("msteams", "t2", Stopped.Owner), new FailingPart()], Ct));

        var unhandled = await new PostgresInboundStore(_postgres.Open()).TakeUnhandledAsync("msteams", 10, Taker(), Ct);
        Assert.Equal(["t2"], unhandled.Select(item => item.Id));
    }

    [Fact]
    public async Task On_postgres_a_redelivery_reaching_another_instance_is_recognised()
    {
        Assert.True(await new PostgresInboundStore(_postgres.Open()).AcceptAsync(Item("a1"), Stopped, Ct));

        Assert.False(await new PostgresInboundStore(_postgres.Open()).AcceptAsync(Item("a1", minutes: 1), Stopped, Ct));
    }

    public async ValueTask DisposeAsync()
    {
        _folder.Dispose();
        await _postgres.DisposeAsync();
    }

    /// <summary>A turn's replies, as its outbox row written with its state.</summary>
    private sealed class Replies(IOutboxStore outbox, string id) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => outbox.AddAsync([new OutboxMessage
        {
            Id = id,
            IdempotencyKey = id,
            Kind = OutboxKinds.Message,
            Destination = "msteams",
            Payload = "{}",
            Created = Now,
            NextAttempt = Now,
            State = OutboxState.Pending,
        }], transaction, cancellationToken);
    }

    private sealed class FailingPart : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the second part fails");
    }
}
