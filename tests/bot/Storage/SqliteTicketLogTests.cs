using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteTicketLogTests : TicketLogContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    // A new database object each time: what one keeps, another on the same file reads, as after a restart.
    protected override ITicketLog CreateSut() => new SqliteTicketLog(new SqliteDatabase(_folder.File("tickets.db")));

    public void Dispose() => _folder.Dispose();
}
