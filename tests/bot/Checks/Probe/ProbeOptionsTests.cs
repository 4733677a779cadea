using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class ProbeOptionsTests
{
    [Fact]
    public void Validate_ZeroReadTimeout_NamesTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProbeOptions { ReadTimeout = TimeSpan.Zero }.Validate());

        Assert.Equal(nameof(ProbeOptions.ReadTimeout), error.ParamName);
    }

    [Fact]
    public void Validate_CookieWithSpace_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ProbeOptions { CookieIdentifier = "two words" }.Validate());
    }

    [Fact]
    public void Validate_NoProtocolRequests_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ProbeOptions { ProtocolRequests = [] }.Validate());
    }

    [Fact]
    public void Constructor_InvalidOptions_FailsBeforeAnyProbe()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RdpProbe(new ProbeOptions { ConnectTimeout = TimeSpan.FromSeconds(-1) }));
    }
}
