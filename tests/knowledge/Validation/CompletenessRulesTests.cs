using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class CompletenessRulesTests
{
    [Fact]
    public void Load_CauseWithoutFixes_AsksForAFix()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "slow-host", "has no fixes");
    }

    [Fact]
    public void Load_FixNoCauseUses_IsReported()
    {
        var result = LoadWith("""
            fixes:
              - id: restart-host
                title: Restart the host
                rights: local administrator
                effort_minutes: 5
                steps: [{ text: Restart the host. }]
                verify: You can connect.
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "restart-host", "no cause lists this fix");
    }

    [Fact]
    public void Load_QuestionWithoutNotSureAnswer_AsksForOne()
    {
        var result = LoadWith("""
            questions:
              - id: history-again
                text: Did it ever work?
                answers:
                  - { id: yes, label: "Yes", fact: worked-before }
                  - { id: no, label: "No", fact: never-worked }
            """);

        AssertSingleError(result, line: 2, "history-again", "has no \"Not sure\" answer");
    }

    [Fact]
    public void Load_CheckFactWithPatterns_IsRejected()
    {
        var result = LoadWith("""
            facts:
              - id: check-port-closed
                statement: The RDP port is closed.
                because: the RDP port is closed
                origin: check
                patterns: ['\bport closed\b']
            """);

        AssertSingleError(result, line: 2, "check-port-closed", "must not have patterns");
    }
}
