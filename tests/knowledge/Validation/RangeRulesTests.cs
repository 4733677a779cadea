using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class RangeRulesTests
{
    [Fact]
    public void Load_PriorAboveOne_ReportsTheContextAndTheRange()
    {
        var result = LoadWith(CauseWith(
            priors: "{ azure-vm: 1.5, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }"));

        AssertSingleError(result, line: 2, "slow-host", "prior for 'azure-vm' is 1.5; it must be between 0 and 1");
    }

    [Fact]
    public void Load_PriorForUnknownContext_ListsTheAllowedContexts()
    {
        var result = LoadWith(CauseWith(
            priors: "{ azure: 0.1, azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }"));

        AssertSingleError(result, line: 2, "slow-host",
            "priors has unknown context 'azure'; use azure-vm, windows-server, windows-pc, avd, windows-365, unknown");
    }

    [Fact]
    public void Load_PriorsMissingAContext_NamesTheMissingContext()
    {
        var result = LoadWith(CauseWith(priors: "{ azure-vm: 0.1, windows-server: 0.1, unknown: 0.1 }"));

        AssertSingleError(result, line: 2, "slow-host", "priors lacks windows-pc");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-2", "-2")]
    [InlineData(".inf", "Infinity")]
    public void Load_LikelihoodRatioNotPositiveAndFinite_IsRejected(string ratio, string shown)
    {
        var result = LoadWith(CauseWith(evidence: $"{{ worked-before: {ratio} }}"));

        AssertSingleError(result, line: 2, "slow-host", $"evidence for 'worked-before' is {shown}; a likelihood ratio must be above 0 and finite");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.2")]
    public void Load_FixSuccessOutsideZeroToOne_PointsAtTheFixEntry(string success)
    {
        var result = LoadWith(CauseWith(success: success));

        AssertSingleError(result, line: 6, "slow-host", $"success of fix 'renew-cert' is {success}; it must be above 0 and at most 1");
    }

    [Fact]
    public void Load_AnswerShareOfZero_PointsAtTheAnswer()
    {
        var result = LoadWith("""
            questions:
              - id: history-again
                text: Did it ever work?
                answers:
                  - { id: yes, label: "Yes", fact: worked-before, share: 0 }
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 5, "history-again", "share of answer 'yes' is 0; it must be above 0 and at most 1");
    }

    [Fact]
    public void Load_FixWithoutEffort_AsksForMinutesAboveZero()
    {
        var result = LoadWith("""
            fixes:
              - id: restart-host
                title: Restart the host
                rights: local administrator
                steps: [{ text: Restart the host. }]
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

        AssertSingleError(result, line: 2, "restart-host", "effort_minutes is 0; it must be a whole number of minutes above 0");
    }

    [Fact]
    public void Load_CodeValueWithoutHexPrefix_ShowsTheExpectedForm()
    {
        var result = LoadWith("""
            codes:
              - id: ext-7
                kind: extended
                value: "7"
                name: exDiscReasonServerDeniedConnection
                meaning: The server denied the connection
                explanation: The remote computer refused the connection.
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "ext-7", "value '7' is not a hexadecimal code; write it like 0x904");
    }

    private static string CauseWith(
        string priors = "{ azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }",
        string evidence = "{ worked-before: 2 }",
        string success = "0.5") => $$"""
        causes:
          - id: slow-host
            title: The host is slow
            explanation: The host takes too long to answer.
            priors: {{priors}}
            fixes: [{ fix: renew-cert, success: {{success}} }]
            sources: [{ ref: ms-doc }]
            evidence: {{evidence}}
        """;
}
