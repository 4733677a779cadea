using RdpHelpBot.Bot.Channels.Redelivery;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Channels.Redelivery;

public sealed class InMemoryRedeliveryFilterTests : RedeliveryFilterContract
{
    [Fact]
    public async Task FirstSighting_PastCapacity_ForgetsTheOldestKeys()
    {
        var sut = new InMemoryRedeliveryFilter(Time, capacity: 100);
        for (var i = 0; i < 150; i++)
            await FirstAsync(sut, "msteams", $"activity-{i}");

        Assert.Equal((true, false), (await FirstAsync(sut, "msteams", "activity-0"), await FirstAsync(sut, "msteams", "activity-149")));
    }

    private protected override IRedeliveryFilter CreateSut() => new InMemoryRedeliveryFilter(Time);
}
