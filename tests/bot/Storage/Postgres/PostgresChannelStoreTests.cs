using Npgsql;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Channels.DirectLine.History;
using RdpHelpBot.Bot.Tests.Watch;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

public sealed class PostgresDirectLineHistoryTests(PostgresServer server) : DirectLineHistoryContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    private protected override IDirectLineHistory CreateSut() => new PostgresDirectLineHistory(_database.Open());

    [Fact]
    public async Task AppendAsync_SequenceAlreadyKept_FailsRatherThanReplacingIt()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 1);

        await Assert.ThrowsAsync<PostgresException>(() => history.AppendAsync("c1", Activity(1), oldestKept: 1, Ct));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

public sealed class PostgresWatchStoreTests(PostgresServer server) : WatchStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    internal override IWatchStore CreateSut() => new PostgresWatchStore(_database.Open());

    [Fact]
    public async Task TryAcquireLeaseAsync_ManyInstancesAtOnce_OneGetsTheLease()
    {
        var instances = Enumerable.Range(0, 6).Select(_ => CreateSut()).ToList();

        var grants = await Task.WhenAll(instances.Select((store, i) => store.TryAcquireLeaseAsync($"instance-{i}", Now, TimeSpan.FromMinutes(1), Ct)));

        Assert.Single(grants, grant => grant is not null);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
