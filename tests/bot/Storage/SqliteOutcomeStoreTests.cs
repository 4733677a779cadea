using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Tests.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Outcomes;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteOutcomeStoreTests : OutcomeStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteDatabase Database => new(_folder.File("outcomes.db"));

    protected override IOutcomeStore CreateSut() => new SqliteOutcomeStore(Database);

    [Fact]
    public async Task SaveAsync_InAStateWrite_IsKeptWithTheState()
    {
        var database = Database;

        await new SqliteStateStore(database, TimeProvider.System).WriteAsync("c1", "{}", null, [new Saves(database, "case-1")], Ct);

        Assert.Equal("case-1", Assert.Single(await new SqliteOutcomeStore(database).ListAsync(Ct)).CaseId);
        Assert.Equal("case-1", (await new SqliteCaseStore(database).FindAsync("case-1", Ct))?.CaseId);
    }

    [Fact]
    public async Task SaveAsync_InAStateWriteThatConflicts_KeepsNothing()
    {
        var database = Database;
        var states = new SqliteStateStore(database, TimeProvider.System);
        var read = await states.WriteAsync("c1", "{}", null, Ct);
        await states.WriteAsync("c1", "{}", read, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => states.WriteAsync("c1", "{}", read, [new Saves(database, "case-1")], Ct));

        Assert.Empty(await new SqliteOutcomeStore(database).ListAsync(Ct));
        Assert.Null(await new SqliteCaseStore(database).FindAsync("case-1", Ct));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A turn's case records: an outcome and the helpdesk case, saved in the state's transaction.</summary>
    private sealed class Saves(SqliteDatabase database, string caseId) : IStateWriteParticipant
    {
        public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            var started = new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);
            await new SqliteOutcomeStore(database).SaveAsync(Outcome(caseId, started), transaction, cancellationToken);
            await new SqliteCaseStore(database).SaveAsync(CaseStoreContract.Case(caseId, started), expectedVersion: null, transaction, cancellationToken);
        }
    }
}
