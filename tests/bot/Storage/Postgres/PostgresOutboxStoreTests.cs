using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

public sealed class PostgresOutboxStoreTests(PostgresServer server) : OutboxStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    protected override IOutboxStore CreateSut() => new PostgresOutboxStore(_database.Open());

    [Fact]
    public async Task AddAsync_InAStateWriteWhoseOtherPartFails_KeepsNoRowAndNoState()
    {
        var database = _database.Open();
        var states = new PostgresStateStore(database, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(() => states.WriteAsync("c1", "{}", null, [new Rows(new PostgresOutboxStore(database), Row("a")), new Failing()], Ct));

        Assert.Empty(await CreateSut().ListAsync(OutboxState.Pending, Ct));
        Assert.Null(await states.ReadAsync("c1", Ct));
    }

    [Fact]
    public async Task AddAsync_InAStateWrite_IsKeptWithTheState()
    {
        var database = _database.Open();

        await new PostgresStateStore(database, TimeProvider.System).WriteAsync("c1", "{}", null, [new Rows(new PostgresOutboxStore(database), Row("a"))], Ct);

        Assert.Equal("a", Assert.Single(await CreateSut().ListAsync(OutboxState.Pending, Ct)).Id);
    }

    [Fact]
    public async Task ListDueAsync_TwoInstancesAtOnce_EachRowGoesToOneOfThem()
    {
        await CreateSut().AddAsync([.. Enumerable.Range(0, 40).Select(i => Row($"r{i:D2}"))], null, Ct);
        var instances = Enumerable.Range(0, 4).Select(_ => CreateSut()).ToList();

        var listed = await Task.WhenAll(instances.Select(store => store.ListDueAsync(Now, 15, Ct)));

        var ids = listed.SelectMany(rows => rows).Select(row => row.Id).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task ListDueAsync_ARowListedButNeverRecorded_IsDueAgainOnceTheClaimRunsOut()
    {
        await CreateSut().AddAsync([Row("a")], null, Ct);
        Assert.Single(await CreateSut().ListDueAsync(Now, 10, Ct));

        var whileClaimed = await CreateSut().ListDueAsync(Now.AddMinutes(1), 10, Ct);
        var afterTheClaim = await CreateSut().ListDueAsync(Now + new Bot.Outbox.OutboxOptions().ClaimTimeout, 10, Ct);

        Assert.Empty(whileClaimed);
        Assert.Equal("a", Assert.Single(afterTheClaim).Id);
    }

    [Fact]
    public async Task UpdateAsync_ARescheduledRow_IsDueAgainAtItsNextAttemptDespiteTheClaim()
    {
        var store = CreateSut();
        await store.AddAsync([Row("a")], null, Ct);
        var listed = Assert.Single(await store.ListDueAsync(Now, 10, Ct));

        await store.UpdateAsync(listed with { Attempts = 1, NextAttempt = Now.AddSeconds(10), Reason = "HTTP 503" }, Ct);

        Assert.Equal("a", Assert.Single(await CreateSut().ListDueAsync(Now.AddSeconds(10), 10, Ct)).Id);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private sealed class Failing : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => throw new IOException("disk full");
    }

    private sealed class Rows(IOutboxStore store, params OutboxMessage[] rows) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => store.AddAsync(rows, transaction, cancellationToken);
    }
}
