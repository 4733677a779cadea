using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteCaseStoreTests : CaseStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteDatabase Database => new(_folder.File("cases.db"));

    protected override ICaseStore CreateSut() => new SqliteCaseStore(Database);

    [Fact]
    public async Task SaveAsync_InAStateWriteThatConflictsOnTheCase_KeepsNeitherTheCaseNorTheState()
    {
        var database = Database;
        var cases = new SqliteCaseStore(database);
        var read = await cases.SaveAsync(Case("a", DateTimeOffset.UnixEpoch), null, null, Ct);
        await cases.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent("T1:U1", "Alex") }, read.Version, null, Ct);
        var states = new SqliteStateStore(database, TimeProvider.System);

        await Assert.ThrowsAsync<StateConflictException>(() =>
            states.WriteAsync("c1", "{}", null, [new Save(cases, read with { State = CaseState.Resolved }, read.Version)], Ct));

        Assert.Null(await states.ReadAsync("c1", Ct));
        Assert.Equal(CaseState.Claimed, (await cases.FindAsync("a", Ct))!.State);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class Save(ICaseStore cases, HelpdeskCase changed, long version) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            cases.SaveAsync(changed, version, transaction, cancellationToken);
    }
}
