using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Storage.InMemory;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Bot.Tests.Storage.Postgres;

namespace RdpHelpBot.Bot.Tests.Storage;

/// <summary>What every check audit log must do; each engine's tests derive from this.</summary>
public abstract class CheckAuditLogContract
{
    private static readonly DateTimeOffset When = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAsync_Decision_KeepsWhoWhatWhenAndWhy()
    {
        var entry = Refused("a");

        await CreateSut().RecordAsync(entry, Ct);

        var kept = Assert.Single(await CreateSut().ListAsync(DateTimeOffset.MinValue, Ct));
        Assert.Equal(
            (entry.UserId, entry.Typed, entry.When, entry.Refusal, entry.Reason),
            (kept.UserId, kept.Typed, kept.When, kept.Refusal, kept.Reason));
    }

    [Fact]
    public async Task RecordAsync_FindingsUnderTheSameId_ReplaceTheDecision()
    {
        var sut = CreateSut();
        var decision = new CheckAuditEntry("b", When, "aad-alice", "rdp01.contoso.com", "rdp01.contoso.com", 3389, ["10.1.2.3"], true, HostCheckRefusal.None, "allowed");
        await sut.RecordAsync(decision, Ct);

        await sut.RecordAsync(decision with { Findings = ["check-cert-expired"] }, Ct);

        Assert.Equal(["check-cert-expired"], Assert.Single(await sut.ListAsync(DateTimeOffset.MinValue, Ct)).Findings);
    }

    [Fact]
    public async Task ListAsync_SeveralChecks_OldestFirst()
    {
        var sut = CreateSut();
        await sut.RecordAsync(Refused("later") with { When = When.AddMinutes(1) }, Ct);
        await sut.RecordAsync(Refused("earlier"), Ct);

        Assert.Equal(["earlier", "later"], (await sut.ListAsync(DateTimeOffset.MinValue, Ct)).Select(entry => entry.Id));
    }

    [Fact]
    public async Task ListAsync_Since_LeavesOutOlderChecks()
    {
        var sut = CreateSut();
        await sut.RecordAsync(Refused("old") with { When = When.AddDays(-8) }, Ct);
        await sut.RecordAsync(Refused("recent"), Ct);

        Assert.Equal(["recent"], (await sut.ListAsync(When.AddDays(-7), Ct)).Select(entry => entry.Id));
    }

    private protected abstract ICheckAuditLog CreateSut();

    private static CheckAuditEntry Refused(string id) =>
        new(id, When, "aad-mallory", "rdp01.fabrikam.com", "rdp01.fabrikam.com", 3389, [], false, HostCheckRefusal.HostNotOnList, "not on the list");
}

public sealed class InMemoryCheckAuditLogTests : CheckAuditLogContract
{
    private readonly InMemoryCheckAuditLog _log = new();

    private protected override ICheckAuditLog CreateSut() => _log;
}

public sealed class SqliteCheckAuditLogTests : CheckAuditLogContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private protected override ICheckAuditLog CreateSut() => new SqliteCheckAuditLog(new SqliteDatabase(_folder.File("audit.db")));

    public void Dispose() => _folder.Dispose();
}

public sealed class PostgresCheckAuditLogTests(PostgresServer server) : CheckAuditLogContract, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    private protected override ICheckAuditLog CreateSut() => new PostgresCheckAuditLog(_database.Open());

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
