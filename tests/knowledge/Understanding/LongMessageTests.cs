using System.Diagnostics;
using System.Text;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>A pasted log or a runaway message must not hold up the conversation.</summary>
public sealed class LongMessageTests
{
    /// <summary>Generous for a busy shared machine; a message is read in well under it.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    internal static string LongReport(int length)
    {
        const string line = "Since this morning rdp01.contoso.com (an Azure VM) gives error 0x904, extended 0x7, but not over VPN; "
            + "the certificate was renewed and it's not working for everyone, nobody can connect after the update. ";
        var text = new StringBuilder("Hi, error code 0x904 extended error code 0x7 on our Azure VM. ");
        while (text.Length < length)
        {
            text.Append(line);
        }
        return text.ToString(0, length);
    }

    [Fact]
    public void Understand_200KilobyteMessage_IsReadWithinTheBound()
    {
        var understander = UnderstandingFixture.Understander;
        understander.Understand("warm up: error 0x904 on my azure vm since the update");
        var text = LongReport(200_000);

        var clock = Stopwatch.StartNew();
        var understanding = understander.Understand(text);
        clock.Stop();

        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(understanding.Codes, c => c.Hex == "0x904");
    }

    [Fact]
    public void Understand_MessageLongerThanWhatIsRead_SaysTheRestWasNotRead()
    {
        var text = LongReport(20_000);

        var understanding = UnderstandingFixture.Understander.Understand(text);

        Assert.Equal((true, "host-azure-vm"), (understanding.Unread > 0, understanding.Facts[0]));
    }

    [Fact]
    public void Understand_ShortMessage_IsReadWhole() =>
        Assert.Equal(0, UnderstandingFixture.Understander.Understand(LongReport(2_000)).Unread);

    [Fact]
    public void Understand_ReadingOutlastsTheBudget_StopsWithWhatItFound()
    {
        var understander = new RuleBasedUnderstander(UnderstandingFixture.LoadKnowledge(), new SlowClock());

        var understanding = understander.Understand("error 0x904 on my azure vm since the certificate was renewed");

        Assert.Equal(("0x904", 0), (understanding.Codes.Single().Hex, understanding.Facts.Count));
    }

    /// <summary>Every look at the clock finds another two seconds gone.</summary>
    private sealed class SlowClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks += 2 * TimeSpan.TicksPerSecond;
    }
}

