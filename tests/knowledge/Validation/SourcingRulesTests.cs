using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class SourcingRulesTests
{
    [Fact]
    public void Load_CauseWithoutSources_AsksForACitation()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: renew-cert, success: 0.2 }]
            """);

        AssertSingleError(result, line: 2, "slow-host", "cites no sources");
    }

    [Fact]
    public void Load_CodeWithoutSources_AsksForACitation()
    {
        var result = LoadWith("""
            codes:
              - id: ext-0x7
                kind: extended
                value: 0x7
                name: exDiscReasonServerDeniedConnection
                meaning: The server denied the connection
                explanation: The remote computer refused the connection.
            """);

        AssertSingleError(result, line: 2, "ext-0x7", "cites no sources");
    }

    [Fact]
    public void Load_SeedArticleCitedWithoutQuote_PointsAtTheCitation()
    {
        var result = LoadWith("""
            causes:
              - id: slow-host
                title: The host is slow
                explanation: The host takes too long to answer.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: renew-cert, success: 0.2 }]
                sources:
                  - ref: seed
            """);

        AssertSingleError(result, line: 8, "slow-host", "cites seed article 'seed' without a 'quote'");
    }

    [Fact]
    public void Load_MediumRiskFixWithoutBackup_AsksWhatToBackUp()
    {
        var result = LoadWith("""
            fixes:
              - id: reset-security-layer
                title: Reset the security layer
                rights: local administrator
                risk: medium
                effort_minutes: 5
                steps: [{ text: Reset the security layer policy. }]
                verify: You can connect.
                sources: [{ ref: ms-doc }]
            causes:
              - id: security-layer
                title: The security layer was changed
                explanation: A policy changed how the host secures connections.
                priors: { azure-vm: 0.1, windows-server: 0.1, windows-pc: 0.1, avd: 0.1, windows-365: 0.1, unknown: 0.1 }
                fixes: [{ fix: reset-security-layer, success: 0.5 }]
                sources: [{ ref: ms-doc }]
            """);

        AssertSingleError(result, line: 2, "reset-security-layer", "risk is medium but there is no 'backup'");
    }

    [Fact]
    public void Load_SeedArticleSourceWithoutFile_AsksForTheFile()
    {
        var result = LoadWith("""
            sources:
              - id: seed-2
                kind: seed-article
                title: Another article
                url: https://example.com/article
            """);

        AssertSingleError(result, line: 2, "seed-2", "is a seed-article source without 'file'");
    }

    [Fact]
    public void Load_MicrosoftSourceWithoutUrl_AsksForTheUrl()
    {
        var result = LoadWith("""
            sources:
              - id: ms-other
                kind: microsoft-docs
                title: Another Microsoft page
                file: page.txt
            """);

        AssertSingleError(result, line: 2, "ms-other", "has no 'url'");
    }

    [Fact]
    public void Load_SourceUrlThatIsNotAnAddress_ShowsTheUrl()
    {
        var result = LoadWith("""
            sources:
              - id: ms-other
                kind: microsoft-docs
                title: Another Microsoft page
                url: learn.microsoft.com/page
            """);

        AssertSingleError(result, line: 2, "ms-other", "url 'learn.microsoft.com/page' is not an absolute http(s) address");
    }
}
