using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Redelivery;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Storage;

public sealed class SqliteRedeliveryFilterTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstSighting_NewKey_IsFirst()
    {
        Assert.True(await FirstAsync(CreateSut(), "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameKeyWithinTheWindow_IsARedelivery()
    {
        var sut = CreateSut();
        await FirstAsync(sut, "slack", "event:Ev1");
        _time.Advance(Window - TimeSpan.FromSeconds(1));

        Assert.False(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameKeyAfterTheWindow_IsFirstAgain()
    {
        var sut = CreateSut();
        await FirstAsync(sut, "slack", "event:Ev1");
        _time.Advance(Window + TimeSpan.FromSeconds(1));

        Assert.True(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameIdOnAnotherChannel_IsFirst()
    {
        var sut = CreateSut();
        await FirstAsync(sut, "msteams", "a:1");

        Assert.True(await FirstAsync(sut, "webchat", "a:1"));
    }

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
        _time.Advance(Window + SqliteRedeliveryFilter.PurgeInterval);

        await FirstAsync(sut, "msteams", "activity-new");

        Assert.Equal(1L, await CountKeysAsync());
    }

    private async Task<long> CountKeysAsync()
    {
        await using var connection = await new SqliteDatabase(_folder.File("bot.db")).OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM redelivery_key";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<bool> FirstAsync(IRedeliveryFilter sut, string channel, string id) =>
        await sut.FirstSightingAsync(new RedeliveryKey(channel, id), Window, Ct);

    private SqliteRedeliveryFilter CreateSut() => new(new SqliteDatabase(_folder.File("bot.db")), _time);

    public void Dispose() => _folder.Dispose();
}
