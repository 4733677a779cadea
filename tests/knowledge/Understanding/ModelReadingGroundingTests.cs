using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class ModelReadingGroundingTests
{
    private static readonly KnowledgeBase Knowledge = UnderstandingFixture.LoadKnowledge();

    private static GroundedReading Ground(string text, ModelReading reading) =>
        new ModelReadingGrounding(Knowledge).Ground(reading, text, UnderstandingFixture.Understander.Understand(text));

    private static ModelReading Facts(params string[] facts) => ModelReading.Empty with { Facts = facts };

    [Fact]
    public void Ground_FactTheRulesMissed_IsAddedAfterTheirs()
    {
        var grounded = Ground("it stopped working on the rented cloud box", Facts("host-azure-vm"));

        Assert.Equal(["worked-before", "host-azure-vm"], grounded.Understanding.Facts);
    }

    [Fact]
    public void Ground_FactTheKnowledgeDoesNotHave_IsDroppedAndCounted()
    {
        var grounded = Ground("the rented cloud box", Facts("host-azure-vm", "made-up-fact"));

        Assert.Equal(["host-azure-vm"], grounded.Understanding.Facts);
        Assert.Equal(1, grounded.Dropped);
    }

    [Fact]
    public void Ground_FactOnlyAHostCheckFinds_IsDropped()
    {
        var check = Knowledge.Facts.Values.First(f => f.Origin == FactOrigin.Check).Id;

        var grounded = Ground("the rented cloud box", Facts(check));

        Assert.Equal((0, 1), (grounded.Understanding.Facts.Count, grounded.Dropped));
    }

    [Fact]
    public void Ground_OppositeOfWhatTheRulesRead_TheRulesWin()
    {
        var grounded = Ground("it has never worked on this box", Facts("worked-before"));

        Assert.Equal(["never-worked"], grounded.Understanding.Facts);
    }

    [Fact]
    public void Ground_CodeTheRulesRead_StaysAsTheyReadIt()
    {
        var grounded = Ground("error 2308 on connect", ModelReading.Empty with { Codes = ["0x904", "extended 0x7"] });

        Assert.Equal(["0x904 Main", "0x7 Extended"], grounded.Understanding.Codes.Select(c => $"{c.Hex} {c.Kind}"));
        Assert.Equal("2308", grounded.Understanding.Codes[0].Text);
    }

    [Fact]
    public void Ground_CodeTheReaderDoesNotRead_IsDropped()
    {
        var grounded = Ground("it fails", ModelReading.Empty with { Codes = ["banana", "error nine oh four"] });

        Assert.Equal((0, 2), (grounded.Understanding.Codes.Count, grounded.Dropped));
    }

    [Fact]
    public void Ground_HostInTheMessage_IsTaken()
    {
        var grounded = Ground("RDP01 gives me 0x904", ModelReading.Empty with { Hosts = ["RDP01"] });

        Assert.Equal("RDP01", grounded.Understanding.Host);
    }

    [Theory]
    [InlineData("evil.example.com")]
    [InlineData("box")]
    [InlineData("mstsc.exe")]
    [InlineData("")]
    public void Ground_HostNotInTheMessageOrNotAHost_IsDropped(string host)
    {
        var grounded = Ground("can't reach the box with mstsc.exe", ModelReading.Empty with { Hosts = [host] });

        Assert.Equal(((string?)null, 1), (grounded.Understanding.Host, grounded.Dropped));
    }

    [Fact]
    public void Ground_IntentWhenTheRulesReadNone_IsTaken()
    {
        var grounded = Ground("would rather chat with somebody real tbh", ModelReading.Empty with { Intent = "TalkToHuman" });

        Assert.Equal([IntentKind.TalkToHuman], grounded.Understanding.Intents.Select(i => i.Kind));
    }

    [Fact]
    public void Ground_IntentWhenTheRulesReadOne_TheRulesWin()
    {
        var grounded = Ground("start over", ModelReading.Empty with { Intent = "TalkToHuman" });

        Assert.Equal([IntentKind.StartOver], grounded.Understanding.Intents.Select(i => i.Kind));
    }

    [Fact]
    public void Ground_CheckHostWithoutAHost_IsNotTaken()
    {
        var grounded = Ground("please have a look at it", ModelReading.Empty with { Intent = "CheckHost" });

        Assert.Empty(grounded.Understanding.Intents);
    }

    [Theory]
    [InlineData("Shout")]
    [InlineData("talktohuman")]
    [InlineData("99")]
    public void Ground_IntentThatIsNotOne_IsDropped(string intent)
    {
        var grounded = Ground("hmm", ModelReading.Empty with { Intent = intent });

        Assert.Equal((0, 1), (grounded.Understanding.Intents.Count, grounded.Dropped));
    }
}
