using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Tests.Outcomes;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteOutcomeStoreTests : OutcomeStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override IOutcomeStore CreateSut() => new SqliteOutcomeStore(new SqliteDatabase(_folder.File("outcomes.db")));

    public void Dispose() => _folder.Dispose();
}
