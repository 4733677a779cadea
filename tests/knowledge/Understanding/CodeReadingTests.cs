using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class CodeReadingTests
{
    /// <summary>Message → the codes read, as "kind:hex" in the order written; empty when there is none.</summary>
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "0x904", "main:0x904" },
        { "0x00000904", "main:0x904" },
        { "904", "main:0x904" },
        { "2308", "main:0x904" },
        { "error 2308", "main:0x904" },
        { "Error code: 0x904", "main:0x904" },
        { "ERROR CODE 0X904", "main:0x904" },
        { "I get \u201Cerror code 0x904\u201D every time", "main:0x904" },
        { "Error code 0x904, Extended error code 0x7", "main:0x904 extended:0x7" },
        { "extended error code 0x7", "extended:0x7" },
        { "ext 0x7", "extended:0x7" },
        { "ext. 0x4", "extended:0x4" },
        { "extended 7", "extended:0x7" },
        { "0x904/0x7", "main:0x904 extended:0x7" },
        { "0x904 (0x7)", "main:0x904 extended:0x7" },
        { "0x904, 0x7", "main:0x904 extended:0x7" },
        { "0x904/7", "main:0x904 extended:0x7" },
        { "code 0x904 extended error 0x7", "main:0x904 extended:0x7" },
        { "Error code 0x904 (extended 0x5)", "main:0x904 extended:0x5" },
        { "0x104 and 0x7", "main:0x104 extended:0x7" },
        { "error 904 ext 3", "main:0x904 extended:0x3" },
        { "first 0x204 then 0x904", "main:0x204 main:0x904" },
        { "0x204, 0x904", "main:0x204 main:0x904" },
        { "eror code 0x904", "main:0x904" },
        { "extnded eror code 0x7", "extended:0x7" },
        { "extended error cod 0x7", "extended:0x7" },
        { "516", "main:0x204" },
        { "204", "main:0x204" },
        { "error code is 516", "main:0x204" },
        { "error 0x1B07 when connecting", "main:0x1B07" },
        { "0x3", "main:0x3" },
        { "0x904/0x3", "main:0x904 extended:0x3" },
        { "0x904 again, 0x904 every time", "main:0x904" },
        { "0x904 on rdp01.contoso.com", "main:0x904" },
        // Ordinary numbers are not codes.
        { "I have 3 servers", "" },
        { "Server 2019", "" },
        { "port 3389 is open", "" },
        { "10 users are affected", "" },
        { "we upgraded to Windows 11", "" },
        { "I tried 3 times", "" },
        { "error on 3 machines", "" },
        { "error code 3389", "" },
        { "connect to 10.0.0.5", "" },
        { "rdp01.contoso.com:904 refuses", "" },
        { "build 10.0.19045.904", "" },
        { "my win10 box", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Understand_Message_ReadsTheCodesWritten(string message, string expected)
    {
        var understanding = UnderstandingFixture.Understander.Understand(message);

        Assert.Equal(expected, Describe(understanding.Codes));
    }

    [Fact]
    public void Understand_DecimalCode_KeepsTheTextAsTyped()
    {
        var understanding = UnderstandingFixture.Understander.Understand("Error 2308");

        Assert.Equal("2308", Assert.Single(understanding.Codes).Text);
    }

    [Fact]
    public void Understand_UppercaseHex_KeepsTheTextAsTyped()
    {
        var understanding = UnderstandingFixture.Understander.Understand("0X904");

        Assert.Equal("0X904", Assert.Single(understanding.Codes).Text);
    }

    private static string Describe(IReadOnlyList<CodeMention> codes) =>
        string.Join(" ", codes.Select(c => $"{c.Kind.ToString().ToLowerInvariant()}:{c.Hex}"));
}
