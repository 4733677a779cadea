namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>IPv6 addresses are read whole, bracketed or not, as the host parser of the checks reads them.</summary>
public sealed class IPv6HostReadingTests
{
    /// <summary>Message → the host named, as written; empty when there is none.</summary>
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "check fd00::2", "fd00::2" },
        { "check FD00::2 please", "FD00::2" },
        { "check 2001:db8::1.", "2001:db8::1" },
        { "can't connect to 2001:db8:0:0:0:0:0:7 since monday", "2001:db8:0:0:0:0:0:7" },
        { "check [2001:db8::1]", "[2001:db8::1]" },
        { "check [fd00::2]:3390", "[fd00::2]:3390" },
        { "test ::ffff:10.0.0.5", "::ffff:10.0.0.5" },
        { "check fe80::1%eth0", "fe80::1%eth0" },
        { "check ::1, it fails", "::1" },
        // Not hosts.
        { "it failed at 10:30:15 again", "" },
        { "the code was 0x904::7", "" },
        { "std::string breaks", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Understand_MessageWithAnIPv6Address_ReadsItWhole(string message, string expected)
    {
        var understanding = UnderstandingFixture.Understander.Understand(message);

        Assert.Equal(expected, understanding.Host ?? "");
    }
}
