using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class KnownReportRulesTests
{
    [Fact]
    public void Load_ReportOfAnUnknownCause_IsAnErrorNamingTheId()
    {
        var result = LoadWith("""
            reports:
              - cause: moon-phase
                text: it only fails at full moon
            """);

        AssertSingleError(result, line: 2, "moon-phase", "report names 'moon-phase', which is not a cause id");
    }

    [Fact]
    public void Load_ReportWithoutText_IsAnError()
    {
        var result = LoadWith("""
            reports:
              - cause: expired-cert
                text: ""
            """);

        AssertSingleError(result, line: 2, "expired-cert", "report needs its text");
    }

    [Fact]
    public void Load_ReportsOfKnownCauses_AreKeptInOrder()
    {
        var result = LoadWith("""
            reports:
              - cause: expired-cert
                context: windows-server
                style: terse
                text: nobody can rdp to the file server since monday
              - cause: expired-cert
                text: the server drops us at once
            """);

        Assert.Equal(["nobody can rdp to the file server since monday", "the server drops us at once"],
            result.Knowledge!.Reports.Select(r => r.Text));
    }
}
