using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class IdRulesTests
{
    [Fact]
    public void Load_FactWithoutId_ReportsMissingIdAtTheFact()
    {
        var result = LoadWith("""
            facts:
              - statement: The host is slow.
                because: the host is slow
            """);

        AssertSingleError(result, line: 2, itemId: null, "fact has no id");
    }

    [Fact]
    public void Load_IdWithCapitalsAndUnderscores_ReportsTheIdAndTheAllowedFormat()
    {
        var result = LoadWith("""
            facts:
              - id: Slow_Host
                statement: The host is slow.
                because: the host is slow
            """);

        AssertSingleError(result, line: 2, "Slow_Host", "id 'Slow_Host' must use only lowercase letters, digits and single hyphens");
    }

    [Fact]
    public void Load_IdUsedByAnotherKind_ReportsTheDuplicateAndWhereTheFirstIs()
    {
        var result = LoadWith("""
            facts:
              - id: renew-cert
                statement: The certificate was renewed.
                because: the certificate was renewed
            """);

        AssertSingleError(result, line: 2, "renew-cert", "fix 'renew-cert' is already defined at baseline.yaml:");
    }

    [Fact]
    public void Load_TwoAnswersWithTheSameId_ReportsTheSecondAnswer()
    {
        var result = LoadWith("""
            questions:
              - id: history-again
                text: Did it ever work?
                answers:
                  - { id: yes, label: "Yes", fact: worked-before }
                  - { id: yes, label: "No", fact: never-worked }
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 6, "history-again", "answer id 'yes' appears twice");
    }
}
