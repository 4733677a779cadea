using System.Text.Json;
using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Tests.Escalation;

/// <summary>The case packet the helpdesk gets: its summary line, its size bound and what it keeps of the conversation.</summary>
public sealed class CasePacketBuilderTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CasePacketInput Input(IReadOnlyList<TranscriptLine>? transcript = null, string host = "fs01") => new()
    {
        CaseId = "6f1c2a9e0b7d4e3f8a5c1d2e3f4a5b6c",
        User = new PacketUser("msteams", "29:1abc", "Alice Example", "alice@contoso.com"),
        Summary = new CaseSummary(
            "a Windows Server",
            ["Error code 0x904", "Extended error code 0x7"],
            ["The host is a Windows Server (on premises or another cloud).", "Nobody can connect to the host."],
            [new AnsweredQuestion("Can anyone else connect?", "No, nobody can")],
            [new TriedFix("Restart the Remote Desktop Services service", "did not work"), new TriedFix("Renew the RDP certificate", "did not work")],
            [new LikelyCause("The RDP certificate's private key cannot be read", 0.62, "nobody can connect after a certificate renewal")]),
        Reason = EscalationReason.FixesExhausted,
        Host = host,
        Times = new PacketTimes(Opened, Opened.AddMinutes(25)),
        Highlights = ["nobody can connect"],
        Checks =
        [
            new PacketCheck("fs01", Opened.AddMinutes(10), "I checked fs01 from here (10.0.0.4, port 3389).",
                [new HostFinding("check-cert-expired", "The certificate expired 3 days ago.")])
            {
                AuditId = "a1b2c3",
                Certificate = new PacketCertificate("CN=fs01.contoso.com", Opened.AddYears(-1), Opened.AddDays(-3), "3F2A9C0D1E2B3A4C5D6E7F8091A2B3C4D5E6F708") { Validity = "expired" },
                ListenerAccepts = ["TLS only", "NLA required"],
            },
        ],
        Transcript = transcript ?? Conversation(4),
        KnowledgeIds = ["everyone-affected", "cert-private-key", "restart-termservice"],
    };

    private static List<TranscriptLine> Conversation(int turns, int userTextLength = 40) =>
    [
        .. Enumerable.Range(0, turns).SelectMany(i => new[]
        {
            new TranscriptLine("c1", Opened.AddMinutes(i), TranscriptSpeaker.User, $"turn {i:D3} " + new string('x', userTextLength)),
            new TranscriptLine("c1", Opened.AddMinutes(i), TranscriptSpeaker.Bot, $"answer {i:D3}"),
        }),
    ];

    [Fact]
    public void Build_TypicalCase_SummaryLineNamesTheCodesHostContextScopeAndFailedFixes()
    {
        var packet = CasePacketBuilder.Build(Input());

        Assert.Equal("0x904/0x7 to fs01 (Windows Server), nobody can connect, 2 fixes failed", packet.Summary);
    }

    [Fact]
    public void Build_VeryLongHostAndHighlights_SummaryStaysWithin160CharactersAndStillNames0x904()
    {
        var input = Input(host: new string('h', 300)) with { Highlights = [new string('n', 120), "only this user"] };

        var packet = CasePacketBuilder.Build(input);

        Assert.InRange(packet.Summary.Length, 1, CasePacket.MaxSummaryLength);
        Assert.StartsWith("0x904/0x7 to ", packet.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', packet.Summary);
    }

    [Fact]
    public void Build_LongConversation_KeepsTheLast50TurnsInOrder()
    {
        var packet = CasePacketBuilder.Build(Input(Conversation(80)));

        Assert.Equal(CasePacketBuilder.MaxTurns, packet.Transcript.Count);
        Assert.StartsWith("turn 030", packet.Transcript[0].User, StringComparison.Ordinal);
        Assert.StartsWith("turn 079", packet.Transcript[^1].User, StringComparison.Ordinal);
        Assert.Equal(["answer 079"], packet.Transcript[^1].Bot);
    }

    [Fact]
    public void Build_TranscriptOverTheBound_DropsTheOldestTurnsFirstAndSaysSo()
    {
        var packet = CasePacketBuilder.Build(Input(Conversation(50, userTextLength: 1500)));

        Assert.InRange(CasePacketBuilder.Size(packet), 1, CasePacket.MaxBytes);
        Assert.InRange(packet.Transcript.Count, 1, 49);
        Assert.StartsWith("turn 049", packet.Transcript[^1].User, StringComparison.Ordinal);
        Assert.Contains(packet.Trimmed, note => note.Contains("oldest transcript turns were left out", StringComparison.Ordinal));
        Assert.Equal(1500 + "turn 049 ".Length, packet.Transcript[^1].User!.Length);
    }

    [Fact]
    public void Build_OneHugePaste_CutsLongTextsAndStaysWithinTheBound()
    {
        var transcript = new List<TranscriptLine>
        {
            new("c1", Opened, TranscriptSpeaker.User, "here is the whole event log: " + new string('e', 60_000)),
        };

        var packet = CasePacketBuilder.Build(Input(transcript));

        Assert.InRange(CasePacketBuilder.Size(packet), 1, CasePacket.MaxBytes);
        Assert.StartsWith("here is the whole event log: ", packet.Transcript.Single().User, StringComparison.Ordinal);
        Assert.Contains(packet.Trimmed, note => note.StartsWith("Texts longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_HundredsOfLongFactsAndFindings_StaysWithinTheBoundAndSaysWhatWasLeftOut()
    {
        var input = Input() with
        {
            Summary = Input().Summary with { Facts = [.. Enumerable.Range(0, 400).Select(i => $"fact {i} " + new string('f', 400))] },
            Checks = [.. Enumerable.Range(0, 40).Select(i => new PacketCheck("fs01", Opened.AddMinutes(i), new string('s', 800),
                [.. Enumerable.Range(0, 20).Select(j => new HostFinding($"finding-{j}", new string('t', 300)))]))],
        };

        var packet = CasePacketBuilder.Build(input);

        Assert.InRange(CasePacketBuilder.Size(packet), 1, CasePacket.MaxBytes);
        Assert.Equal("0x904/0x7 to fs01 (Windows Server), nobody can connect, 2 fixes failed", packet.Summary);
        Assert.Contains(packet.Trimmed, note => note.Contains("only the first facts", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SecretsInTheConversation_AreRedactedInTheJsonAndTheText()
    {
        var transcript = new List<TranscriptLine>
        {
            new("c1", Opened, TranscriptSpeaker.User, "I tried with password: Hunter2! and Server=sql01;Password=S3cr3t!Pass;"),
            new("c1", Opened, TranscriptSpeaker.Bot, "Thanks, let's look at the certificate."),
        };

        var packet = CasePacketBuilder.Build(Input(transcript));
        var json = JsonSerializer.Serialize(packet, CasePacketJsonContext.Default.CasePacket);
        var text = CasePacketText.Render(packet);

        Assert.All(new[] { json, text }, rendered =>
        {
            Assert.DoesNotContain("Hunter2!", rendered, StringComparison.Ordinal);
            Assert.DoesNotContain("S3cr3t!Pass", rendered, StringComparison.Ordinal);
        });
        Assert.Contains("let's look at the certificate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TypicalCase_ShowsEverySectionTheHelpdeskNeeds()
    {
        var text = CasePacketText.Render(CasePacketBuilder.Build(Input()));

        Assert.All(
            new[]
            {
                "Case: 6f1c2a9e0b7d4e3f8a5c1d2e3f4a5b6c", "Alice Example <alice@contoso.com> (msteams user 29:1abc)", "Error code 0x904",
                "62% The RDP certificate's private key cannot be read", "Renew the RDP certificate: did not work",
                "CN=fs01.contoso.com", "thumbprint 3F2A9C0D1E2B3A4C5D6E7F8091A2B3C4D5E6F708", "Listener accepts: TLS only, NLA required",
                "(audit a1b2c3)", "2026-03-02 09:03 UTC] User: turn 003", "Knowledge ids", "cert-private-key",
            },
            expected => Assert.Contains(expected, text, StringComparison.Ordinal));
    }

    [Fact]
    public void ForUser_TypicalCase_IsAFewLinesStartingWithWhatIsPassedOn()
    {
        var lines = CasePacketText.ForUser(CasePacketBuilder.Build(Input())).Split(Environment.NewLine);

        Assert.Equal("Here's what I'll pass on to the helpdesk:", lines[0]);
        Assert.Equal("- 0x904/0x7 to fs01 (Windows Server), nobody can connect, 2 fixes failed", lines[1]);
        Assert.InRange(lines.Length, 3, 6);
    }
}
