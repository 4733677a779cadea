using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Tests.Helpdesk;
using RdpHelpBot.Tests.Outcomes;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

// Each store's contract on a real PostgreSQL, a database per test. Each CreateSut opens the database afresh, as another
// instance (or a restart) would: what one keeps, the next reads.

public sealed class PostgresStateStoreTests(PostgresServer server) : StateStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    protected override IStateStore CreateSut() => new PostgresStateStore(_database.Open(), Time);

    [Fact]
    public async Task WriteAsync_TwoInstancesFromTheSameRead_ExactlyOneWins()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        var etag = await first.WriteAsync("c1", "0", null, ct);
        var instances = Enumerable.Range(0, 4).Select(_ => CreateSut()).ToList();

        var won = await Task.WhenAll(instances.SelectMany(store => Enumerable.Range(0, 4).Select(async i =>
        {
            try
            {
                await store.WriteAsync("c1", $"{i}", etag, ct);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Single(won, w => w);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

public sealed class PostgresOutcomeStoreTests(PostgresServer server) : OutcomeStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override IOutcomeStore CreateSut() => new PostgresOutcomeStore(_database.Open());

    [Fact]
    public async Task SaveAsync_InAStateWriteThatConflicts_KeepsNothing()
    {
        var database = _database.Open();
        var states = new PostgresStateStore(database, TimeProvider.System);
        var read = await states.WriteAsync("c1", "{}", null, Ct);
        await states.WriteAsync("c1", "{}", read, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => states.WriteAsync("c1", "{}", read, [new Saves(database, "case-1")], Ct));

        Assert.Empty(await new PostgresOutcomeStore(database).ListAsync(Ct));
        Assert.Null(await new PostgresCaseStore(database).FindAsync("case-1", Ct));
    }

    [Fact]
    public async Task SaveAsync_InAStateWrite_IsKeptWithTheState()
    {
        var database = _database.Open();

        await new PostgresStateStore(database, TimeProvider.System).WriteAsync("c1", "{}", null, [new Saves(database, "case-1")], Ct);

        Assert.Equal("case-1", Assert.Single(await new PostgresOutcomeStore(_database.Open()).ListAsync(Ct)).CaseId);
        Assert.Equal("case-1", (await new PostgresCaseStore(_database.Open()).FindAsync("case-1", Ct))?.CaseId);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>A turn's case records: an outcome and the helpdesk case, saved in the state's transaction.</summary>
    private sealed class Saves(PostgresDatabase database, string caseId) : IStateWriteParticipant
    {
        public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            var started = new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);
            await new PostgresOutcomeStore(database).SaveAsync(Outcome(caseId, started), transaction, cancellationToken);
            await new PostgresCaseStore(database).SaveAsync(CaseStoreContract.Case(caseId, started), expectedVersion: null, transaction, cancellationToken);
        }
    }
}

public sealed class PostgresTicketLogTests(PostgresServer server) : TicketLogContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    protected override ITicketLog CreateSut() => new PostgresTicketLog(_database.Open());

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

public sealed class PostgresTranscriptStoreTests(PostgresServer server) : TranscriptStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    protected override ITranscriptStore CreateSut() => new PostgresTranscriptStore(_database.Open());

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

public sealed class PostgresCaseStoreTests(PostgresServer server) : CaseStoreContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override ICaseStore CreateSut() => new PostgresCaseStore(_database.Open());

    [Fact]
    public async Task SaveAsync_TwoInstancesClaimTheSameCase_OnlyOneClaimIsKept()
    {
        var read = await CreateSut().SaveAsync(Case("a", DateTimeOffset.UnixEpoch), null, null, Ct);
        var agents = Enumerable.Range(1, 6).Select(i => (Store: CreateSut(), Agent: new HelpdeskAgent($"T1:U{i}", $"Agent {i}"))).ToList();

        var claims = await Task.WhenAll(agents.Select(async claimer =>
        {
            try
            {
                return await claimer.Store.SaveAsync(read with { State = CaseState.Claimed, Agent = claimer.Agent }, read.Version, null, Ct);
            }
            catch (StateConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(claims, claim => claim is not null)!;
        Assert.Equal(winner.Agent, (await CreateSut().FindAsync("a", Ct))!.Agent);
    }

    [Fact]
    public async Task SaveAsync_InAStateWriteThatConflictsOnTheCase_KeepsNeitherTheCaseNorTheState()
    {
        var database = _database.Open();
        var cases = new PostgresCaseStore(database);
        var read = await cases.SaveAsync(Case("a", DateTimeOffset.UnixEpoch), null, null, Ct);
        await cases.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent("T1:U1", "Alex") }, read.Version, null, Ct);
        var states = new PostgresStateStore(database, TimeProvider.System);

        await Assert.ThrowsAsync<StateConflictException>(() =>
            states.WriteAsync("c1", "{}", null, [new Save(cases, read with { State = CaseState.Resolved }, read.Version)], Ct));

        Assert.Null(await states.ReadAsync("c1", Ct));
        Assert.Equal(CaseState.Claimed, (await cases.FindAsync("a", Ct))!.State);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private sealed class Save(ICaseStore cases, HelpdeskCase changed, long version) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            cases.SaveAsync(changed, version, transaction, cancellationToken);
    }
}
