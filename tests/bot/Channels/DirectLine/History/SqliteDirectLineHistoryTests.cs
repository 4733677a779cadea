using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine.History;

public sealed class SqliteDirectLineHistoryTests : DirectLineHistoryContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private protected override IDirectLineHistory CreateSut() => new SqliteDirectLineHistory(new SqliteDatabase(_folder.File("history.db")));

    [Fact]
    public async Task LoadAsync_AfterReopeningTheFile_ReturnsTheActivitiesWithTheirIdsAndTimes()
    {
        await AppendAsync(CreateSut(), "c1", 1);

        var kept = Assert.Single(await CreateSut().LoadAsync("c1", 100, Ct));

        Assert.Equal(("c1|0000001", Now, "message 1"), (kept.Id, kept.At, kept.Activity.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AppendAsync_SequenceAlreadyKept_FailsRatherThanReplacingIt()
    {
        var history = CreateSut();
        await AppendAsync(history, "c1", 1);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => history.AppendAsync("c1", Activity(1), oldestKept: 1, Ct));
    }

    public void Dispose() => _folder.Dispose();
}
