using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Redelivery;

namespace RdpHelpBot.Bot.Tests.Channels.Redelivery;

/// <summary>What every engine's redelivery filter does, whatever keeps its keys.</summary>
public abstract class RedeliveryFilterContract
{
    protected static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private protected abstract IRedeliveryFilter CreateSut();

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
        Time.Advance(Window - TimeSpan.FromSeconds(1));

        Assert.False(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameKeyAfterTheWindow_IsFirstAgain()
    {
        var sut = CreateSut();
        await FirstAsync(sut, "slack", "event:Ev1");
        Time.Advance(Window + TimeSpan.FromSeconds(1));

        Assert.True(await FirstAsync(sut, "slack", "event:Ev1"));
    }

    [Fact]
    public async Task FirstSighting_SameIdOnAnotherChannel_IsFirst()
    {
        var sut = CreateSut();
        await FirstAsync(sut, "msteams", "a:1\n1");

        Assert.True(await FirstAsync(sut, "webchat", "a:1\n1"));
    }

    private protected static async Task<bool> FirstAsync(IRedeliveryFilter sut, string channel, string id) =>
        await sut.FirstSightingAsync(new RedeliveryKey(channel, id), Window, TestContext.Current.CancellationToken);
}
