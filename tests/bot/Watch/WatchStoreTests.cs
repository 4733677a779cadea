using RdpHelpBot.Bot.Storage.InMemory;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class InMemoryWatchStoreTests : WatchStoreContract
{
    internal override IWatchStore CreateSut() => new InMemoryWatchStore();
}

public sealed class SqliteWatchStoreTests : WatchStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    // One file for the test: what one store object keeps, the next reads, as after a restart.
    internal override IWatchStore CreateSut() => new SqliteWatchStore(new SqliteDatabase(_folder.File("watch.db")));

    public void Dispose() => _folder.Dispose();
}
