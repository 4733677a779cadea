using RdpHelpBot.Bot.Channels;

namespace RdpHelpBot.Bot.Tests.Channels;

public sealed class BoundedMapTests
{
    [Fact]
    public void TryAdd_PastCapacity_ForgetsTheOldest()
    {
        var sut = new BoundedMap<int>(2);
        sut.TryAdd("a", 1);
        sut.TryAdd("b", 2);

        sut.TryAdd("c", 3);

        Assert.Equal((false, true, true), (sut.TryGet("a", out _), sut.TryGet("b", out _), sut.TryGet("c", out _)));
    }

    [Fact]
    public void TryAdd_KeyThere_KeepsTheFirstValue()
    {
        var sut = new BoundedMap<int>(2);
        sut.TryAdd("a", 1);

        Assert.Equal((false, 1), (sut.TryAdd("a", 2), sut.TryGet("a", out var value) ? value : 0));
    }

    [Fact]
    public void Set_KeyThere_ReplacesTheValue()
    {
        var sut = new BoundedMap<int>(2);
        sut.Set("a", 1);

        sut.Set("a", 2);

        Assert.Equal(2, sut.TryGet("a", out var value) ? value : 0);
    }

    [Fact]
    public void TryAdd_KeyRemovedAndAddedAgain_IsNotEvictedByItsEarlierPlace()
    {
        var sut = new BoundedMap<int>(2);
        sut.TryAdd("a", 1);
        sut.Remove("a");
        sut.TryAdd("b", 2);
        sut.TryAdd("a", 3);

        sut.TryAdd("c", 4);

        Assert.Equal((true, 3), (sut.TryGet("a", out var value), value));
    }
}
