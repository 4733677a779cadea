using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class RequiredFieldRulesTests
{
    [Fact]
    public void Load_CauseWithoutExplanation_NamesTheMissingField()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: renew-cert, success: 0.2 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "slow-host", "'explanation' is missing or empty");
    }

    [Fact]
    public void Load_CauseWithoutPriors_NamesTheMissingField()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                fixes: [{ fix: renew-cert, success: 0.2 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "slow-host", "'priors' is missing or empty");
    }

    [Fact]
    public void Load_FixWithBlankVerify_NamesTheMissingField()
    {
        var result = LoadWith("""
            fixes:
              - id: restart-host
                title: Restart the host
                rights: local administrator
                effort_minutes: 5
                steps: [{ text: Restart the host. }]
                verify: "  "
                sources: [{ ref: ms-doc }]
            causes:
              - id: stuck-host
                title: The host is stuck
                explanation: The host stopped answering.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: restart-host, success: 0.5 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "restart-host", "'verify' is missing or empty");
    }

    [Fact]
    public void Load_FixWithoutSteps_NamesTheMissingField()
    {
        var result = LoadWith("""
            fixes:
              - id: restart-host
                title: Restart the host
                rights: local administrator
                effort_minutes: 5
                verify: You can connect.
                sources: [{ ref: ms-doc }]
            causes:
              - id: stuck-host
                title: The host is stuck
                explanation: The host stopped answering.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: restart-host, success: 0.5 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "restart-host", "'steps' is missing or empty");
    }

    [Fact]
    public void Load_QuestionWithOneAnswer_AsksForAtLeastTwo()
    {
        var result = LoadWith("""
            questions:
              - id: sure
                text: Are you sure?
                answers:
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 2, "sure", "has 1 answer(s); a question needs at least 2");
    }

    [Fact]
    public void Load_FactWithoutBecause_NamesTheMissingField()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
            """);

        AssertSingleError(result, line: 2, "slow-host", "'because' is missing or empty");
    }

    [Fact]
    public void Load_SourceWithoutTitle_NamesTheMissingField()
    {
        var result = LoadWith("""
            sources:
              - id: ms-other
                kind: microsoft-docs
                url: https://learn.microsoft.com/other
            """);

        AssertSingleError(result, line: 2, "ms-other", "'title' is missing or empty");
    }

    [Fact]
    public void Load_CodeWithoutMeaning_NamesTheMissingField()
    {
        var result = LoadWith("""
            codes:
              - id: ext-0x7
                kind: extended
                value: 0x7
                name: exDiscReasonServerDeniedConnection
                explanation: The remote computer refused the connection.
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "ext-0x7", "'meaning' is missing or empty");
    }
}
