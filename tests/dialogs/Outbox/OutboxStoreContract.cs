using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Tests.Storage;

/// <summary>What every outbox store must do; each engine's tests derive from this.</summary>
public abstract class OutboxStoreContract
{
    protected static readonly DateTimeOffset Now = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    protected abstract IOutboxStore CreateSut();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static OutboxMessage Row(string id, DateTimeOffset? due = null) => new()
    {
        Id = id,
        IdempotencyKey = $"msg_{id}",
        Kind = OutboxKinds.Webhook,
        Destination = "https://hooks.example.com/rdp",
        Payload = $$"""{"type":"case.resolved","id":"{{id}}"}""",
        Created = Now,
        NextAttempt = due ?? Now,
        State = OutboxState.Pending,
    };

    [Fact]
    public async Task AddAsync_NewRow_IsListedPendingAsWritten()
    {
        var store = CreateSut();

        await store.AddAsync([Row("a")], null, Ct);

        Assert.Equal(Row("a"), Assert.Single(await store.ListAsync(OutboxState.Pending, Ct)));
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_KeepsOneRowAsFirstWritten()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a")], null, Ct);
        await store.UpdateAsync(Row("a") with { Attempts = 2, Reason = "HTTP 503" }, Ct);

        await store.AddAsync([Row("a") with { Payload = "{}" }], null, Ct);

        var row = Assert.Single(await store.ListAsync(OutboxState.Pending, Ct));
        Assert.Equal((2, "HTTP 503", Row("a").Payload), (row.Attempts, row.Reason, row.Payload));
    }

    [Fact]
    public async Task ListDueAsync_ReturnsOnlyPendingRowsDueByNow_EarliestFirst()
    {
        var store = CreateSut();
        await store.AddAsync([Row("later", Now.AddMinutes(5)), Row("second", Now.AddSeconds(-1)), Row("first", Now.AddMinutes(-1)), Row("done")], null, Ct);
        await store.UpdateAsync(Row("done") with { State = OutboxState.Delivered, Attempts = 1 }, Ct);

        var due = await store.ListDueAsync(Now, 10, Ct);

        Assert.Equal(["first", "second"], due.Select(row => row.Id));
    }

    [Fact]
    public async Task ListDueAsync_MoreDueThanTheLimit_ReturnsTheLimit()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a"), Row("b"), Row("c")], null, Ct);

        Assert.Equal(2, (await store.ListDueAsync(Now, 2, Ct)).Count);
    }

    [Fact]
    public async Task UpdateAsync_Dead_KeepsTheRowWithItsReason()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a")], null, Ct);

        await store.UpdateAsync(Row("a") with { State = OutboxState.Dead, Attempts = 1, Reason = "HTTP 404" }, Ct);

        Assert.Empty(await store.ListDueAsync(Now.AddDays(1), 10, Ct));
        var dead = Assert.Single(await store.ListAsync(OutboxState.Dead, Ct));
        Assert.Equal((1, "HTTP 404"), (dead.Attempts, dead.Reason));
    }

    [Fact]
    public async Task RequeueAsync_DeadRow_IsDueAgainWithItsAttemptsCountedAfresh()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a")], null, Ct);
        await store.UpdateAsync(Row("a") with { State = OutboxState.Dead, Attempts = 8, Reason = "gave up" }, Ct);

        Assert.True(await store.RequeueAsync("a", Now.AddHours(1), Ct));

        var row = Assert.Single(await store.ListDueAsync(Now.AddHours(1), 10, Ct));
        Assert.Equal((OutboxState.Pending, 0, null, Now.AddHours(1)), (row.State, row.Attempts, row.Reason, row.NextAttempt));
    }

    [Fact]
    public async Task RequeueAsync_DeliveredOrUnknownRow_ChangesNothing()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a")], null, Ct);
        await store.UpdateAsync(Row("a") with { State = OutboxState.Delivered, Attempts = 1 }, Ct);

        Assert.False(await store.RequeueAsync("a", Now, Ct));
        Assert.False(await store.RequeueAsync("nobody", Now, Ct));
        Assert.Empty(await store.ListDueAsync(Now, 10, Ct));
    }
}
