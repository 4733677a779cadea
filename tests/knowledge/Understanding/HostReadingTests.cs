namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class HostReadingTests
{
    /// <summary>Message → the host named, as written; empty when there is none.</summary>
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "can't connect to rdp01.contoso.com", "rdp01.contoso.com" },
        { "server 10.0.0.5 gives 0x904", "10.0.0.5" },
        { "test 10.1.2.3:3390", "10.1.2.3:3390" },
        { "RDP01.Contoso.com:3389 fails", "RDP01.Contoso.com:3389" },
        { "I can't connect to RDP01", "RDP01" },
        { "the host srv-app-01 drops me", "srv-app-01" },
        { "https://rdweb.contoso.com/RDWeb shows 0x904", "rdweb.contoso.com" },
        { "first rdp01.contoso.com, then rdp02.contoso.com", "rdp01.contoso.com" },
        // Not hosts.
        { "Error 0x904 when I run mstsc.exe", "" },
        { "open certlm.msc", "" },
        { "version 10.0.19045", "" },
        { "build 10.0.22631.1", "" },
        { "e.g. the vm", "" },
        { "Server 2019", "" },
        { "I have 3 servers", "" },
        { "mail me at admin@contoso.com", "" },
        { "installed KB5034441 on the server", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Understand_Message_ReadsTheHostNamed(string message, string expected)
    {
        var understanding = UnderstandingFixture.Understander.Understand(message);

        Assert.Equal(expected, understanding.Host ?? "");
    }
}
