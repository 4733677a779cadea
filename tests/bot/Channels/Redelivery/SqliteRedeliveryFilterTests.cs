using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Channels.Redelivery;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Channels.Redelivery;

public sealed class SqliteRedeliveryFilterTests : RedeliveryFilterContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstSighting_AfterARestartOnTheSameFile_IsStillARedelivery()
    {
        await FirstAsync(CreateSut(), "msteams", "activity-1");
        SqliteConnection.ClearAllPools();

        Assert.False(await FirstAsync(CreateSut(), "msteams", "activity-1"));
    }

    [Fact]
    public async Task FirstSighting_KeysPastTheirWindow_AreDeleted()
    {
        var sut = CreateSut();
        for (var i = 0; i < 20; i++)
            await FirstAsync(sut, "msteams", $"activity-{i}");
        Time.Advance(Window + SqliteRedeliveryFilter.PurgeInterval);

        await FirstAsync(sut, "msteams", "activity-new");

        Assert.Equal(1L, await CountKeysAsync());
    }

    private async Task<long> CountKeysAsync()
    {
        await using var connection = await Database().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM redelivery_key";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private SqliteDatabase Database() => new(_folder.File("bot.db"));

    private protected override IRedeliveryFilter CreateSut() => new SqliteRedeliveryFilter(Database(), Time);

    public void Dispose() => _folder.Dispose();
}
