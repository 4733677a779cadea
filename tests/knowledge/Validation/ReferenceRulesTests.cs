using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class ReferenceRulesTests
{
    [Fact]
    public void Load_EvidenceForUnknownFact_NamesTheUnknownId()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                evidence: { host-is-slow: 3 }
                fixes: [{ fix: renew-cert, success: 0.2 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "slow-host", "evidence names 'host-is-slow', which is not a fact id");
    }

    [Fact]
    public void Load_CauseFixNamingUnknownFix_PointsAtTheFixEntry()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes:
                  - { fix: renew-cert, success: 0.2 }
                  - { fix: speed-up-host, success: 0.5 }
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 8, "slow-host", "fixes names 'speed-up-host', which is not a fix id");
    }

    [Fact]
    public void Load_AnswerNamingUnknownFact_PointsAtTheAnswer()
    {
        var result = LoadWith("""
            questions:
              - id: history-again
                text: Did it ever work?
                answers:
                  - { id: yes, label: "Yes", fact: worked-before }
                  - { id: no, label: "No", fact: never-workd }
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 6, "history-again", "answer 'no' names fact 'never-workd', which is not a fact id");
    }

    [Fact]
    public void Load_QuestionAnsweredByUnknownFact_NamesTheUnknownId()
    {
        var result = LoadWith("""
            questions:
              - id: what-changed
                text: Did anything change?
                answered_by: [worked-before, host-was-patched]
                answers:
                  - { id: yes, label: "Yes", fact: worked-before }
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 2, "what-changed", "answered_by names 'host-was-patched', which is not a fact id");
    }

    [Fact]
    public void Load_WorkingSideNamingUnknownFact_NamesTheUnknownId()
    {
        var result = LoadWith("""
            facts:
              - id: fast-host
                statement: The host answers quickly.
                because: the host is fast
                working_side: fast-elsewhere
            """);

        AssertSingleError(result, line: 2, "fast-host", "working_side names 'fast-elsewhere', which is not a fact id");
    }

    [Fact]
    public void Load_WorkingSideNamingAFactThatDoesNotTellWhatWorks_SaysWhatToSet()
    {
        var result = LoadWith("""
            facts:
              - id: fast-host
                statement: The host answers quickly.
                because: the host is fast
                working_side: slow-host
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
            """);

        AssertSingleError(result, line: 2, "fast-host", "one that tells what works (tells_what_works: true)");
    }

    [Fact]
    public void Load_OppositeNamingUnknownFact_NamesTheUnknownId()
    {
        var result = LoadWith("""
            facts:
              - id: fast-host
                statement: The host answers quickly.
                because: the host is fast
                opposite: slow-host
            """);

        AssertSingleError(result, line: 2, "fast-host", "opposite names 'slow-host', which is not a fact id");
    }

    [Fact]
    public void Load_OppositeThatDoesNotPointBack_SaysWhatToAdd()
    {
        var result = LoadWith("""
            facts:
              - id: fast-host
                statement: The host answers quickly.
                because: the host is fast
                opposite: slow-host
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
            """);

        AssertSingleError(result, line: 2, "fast-host", "'slow-host' has no opposite; give it 'opposite: fast-host'");
    }

    [Fact]
    public void Load_SourceRefToUnknownSource_PointsAtTheCitation()
    {
        var result = LoadWith("""
            codes:
              - id: ext-0x7
                kind: extended
                value: 0x7
                name: exDiscReasonServerDeniedConnection
                meaning: The server denied the connection
                explanation: The remote computer refused the connection.
                sources:
                  - ref: ms-doc
                  - ref: ms-missing
            """);

        AssertSingleError(result, line: 10, "ext-0x7", "sources names 'ms-missing', which is not a source id");
    }
}
