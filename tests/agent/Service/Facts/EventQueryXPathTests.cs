using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Tests.Service.Facts;

public sealed class EventQueryXPathTests
{
    [Fact]
    public void For_Query_FiltersByProviderIdAndUtcTime()
    {
        var since = new DateTimeOffset(2026, 11, 22, 13, 30, 0, TimeSpan.FromHours(1));

        var xpath = EventQueryXPath.For(new EventQuery("System", "Schannel", 36870), since);

        Assert.Equal(
            "*[System[Provider[@Name='Schannel'] and (EventID=36870) and TimeCreated[@SystemTime>='2026-11-22T12:30:00.000Z']]]", xpath);
    }

    [Fact]
    public void For_ProviderWithAQuote_IsRefused() =>
        Assert.Throws<ArgumentException>(() => EventQueryXPath.For(new EventQuery("System", "x' or '1'='1", 1), DateTimeOffset.UnixEpoch));
}
