using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// A first message read by the rules and ranked by the engine puts the cause it describes where a helpdesk
/// engineer would look first: pasted output, everyday descriptions of a change, a setting said to be off.
/// </summary>
public sealed class FirstMessageDiagnosisTests
{
    private static readonly KnowledgeBase Knowledge = UnderstandingFixture.LoadKnowledge();

    /// <summary>A first message, the cause it describes, and how many causes may rank before it.</summary>
    public static TheoryData<string, string, int> Messages => new()
    {
        {
            "0x904 / 0x7 on APP-07. Output of Get-Service on the box:\n\nName          StartType   Status\n"
            + "----          ---------   ------\nKeyIso        Disabled    Stopped\nSessionEnv    Disabled    Stopped\n"
            + "TermService   Manual      Running",
            "cert-services-disabled", 0
        },
        {
            "Azure VM, 0x904 ext 0x7 from the office. IP flow verify says: Access denied, security rule DenyAllInBound.\n"
            + "Test-NetConnection -Port 3389 gives TcpTestSucceeded False.",
            "firewall-blocking", 0
        },
        {
            "Our RDP listener uses the company wildcard certificate, set by thumbprint. Security renewed the wildcard on "
            + "Monday and the old one was removed from the computer store. Since Tuesday every RDP attempt ends in 0x904/0x7.",
            "custom-cert-misconfigured", 0
        },
        {
            "I forward remote desktop on my home router to my PC so I work from outside. Now sometimes it connect and "
            + "sometimes error 0x904 0x7. In the event viewer are many failed logins with strange user names.",
            "brute-force-load", 0
        },
        {
            "Helpdesk here, 0x904/0x7 on one Cloud PC: only him, the rest of the team is fine. His laptop battery ran "
            + "flat mid-session and he never went back in to sign out.",
            "disconnected-session-conflict", 0
        },
        {
            "The file server took last night's cumulative update and rebooted. Since then RDP fails with 0x904 ext 0x7. "
            + "Remote Desktop is still turned on in System Properties and the service is running.",
            "ports-throttled-after-update", 2
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void CauseRank_FirstMessage_PutsTheCauseItDescribesNearTheTop(string message, string expectedCause, int causesBefore)
    {
        var rank = RankedCauses(message).FindIndex(cause => cause == expectedCause);

        Assert.InRange(rank, 0, causesBefore);
    }

    [Fact]
    public void TopCause_NewCertificateWithDrainModeSaidToBeOff_IsNotDrainMode()
    {
        var causes = RankedCauses(
            "Since the certificate renewal last week our AVD hosts give 0x904/0x7. Drain mode is off on all of them.");

        Assert.NotEqual("logons-disabled-or-drain-mode", causes[0]);
    }

    private static List<string> RankedCauses(string message)
    {
        var facts = UnderstandingFixture.Understander.Understand(message).Facts;
        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithFacts(facts, Knowledge));
        return diagnosis.Causes.Select(ranked => ranked.Cause.Id).ToList();
    }
}
