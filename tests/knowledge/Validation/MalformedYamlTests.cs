using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class MalformedYamlTests
{
    [Fact]
    public void Load_BadIndentation_ReportsTheLine()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
               because: the host is slow
            """);

        AssertSingleError(result, line: 4, itemId: null, "did not find expected '-' indicator");
    }

    [Fact]
    public void Load_UnknownProperty_NamesTheProperty()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
                pattern: ['\bslow\b']
            """);

        AssertSingleError(result, line: 5, itemId: null, "unknown property 'pattern' in fact; use one of: because, context, id, opposite, origin, patterns, statement");
    }

    [Fact]
    public void Load_TextWhereANumberBelongs_ShowsTheText()
    {
        var result = LoadWith("""
            questions:
              - id: history-again
                text: Did it ever work?
                answers:
                  - { id: yes, label: "Yes", fact: worked-before, share: often }
                  - { id: not-sure, label: "Not sure" }
            """);

        AssertSingleError(result, line: 5, itemId: null, "'often' is not a number");
    }

    [Fact]
    public void Load_UnknownEnumValue_ShowsTheValue()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
                origin: guess
            """);

        AssertSingleError(result, line: 5, itemId: null, "'guess' is not allowed here; use one of: user, check");
    }

    [Fact]
    public void Load_EmptyListEntry_IsRejectedAtItsLine()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
              -
            """);

        AssertSingleError(result, line: 5, itemId: null, "an empty value where an entry (fact) belongs");
    }

    [Fact]
    public void Load_ListKeyWithNothingUnderIt_IsRejectedAtItsLine()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
                patterns:
            """);

        AssertSingleError(result, line: 5, itemId: null, "an empty value where a list belongs");
    }

    [Fact]
    public void Load_ListWhereTextBelongs_SaysTextBelongsThere()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: [The host is slow., It lags.]
                because: the host is slow
            """);

        AssertSingleError(result, line: 3, itemId: null, "this value has the wrong shape; text belongs here");
    }
}
