using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Redelivery;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Channels.Redelivery;

public sealed class InMemoryRedeliveryFilterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task FirstSighting_SameKeyWithinTheWindow_IsARedelivery()
    {
        var sut = CreateSut(new FakeTimeProvider());
        await FirstAsync(sut, "slack", "event:Ev1");

        Assert.False(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameKeyAfterTheWindow_IsNew()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time);
        await FirstAsync(sut, "slack", "event:Ev1");

        time.Advance(Window + TimeSpan.FromSeconds(1));

        Assert.True(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameIdOnAnotherChannel_IsNew()
    {
        var sut = CreateSut(new FakeTimeProvider());
        await FirstAsync(sut, "msteams", "a:1\n1");

        Assert.True(await FirstAsync(sut, "webchat", "a:1\n1"));
    }

    [Fact]
    public async Task FirstSighting_PastCapacity_ForgetsTheOldestKeys()
    {
        var sut = CreateSut(new FakeTimeProvider(), capacity: 100);
        for (var i = 0; i < 150; i++)
            await FirstAsync(sut, "msteams", $"activity-{i}");

        Assert.Equal((true, false), (await FirstAsync(sut, "msteams", "activity-0"), await FirstAsync(sut, "msteams", "activity-149")));
    }

    private static async Task<bool> FirstAsync(IRedeliveryFilter sut, string channel, string id) =>
        await sut.FirstSightingAsync(new RedeliveryKey(channel, id), Window, TestContext.Current.CancellationToken);

    private static InMemoryRedeliveryFilter CreateSut(TimeProvider time, int capacity = InMemoryRedeliveryFilter.DefaultCapacity) => new(time, capacity);
}
