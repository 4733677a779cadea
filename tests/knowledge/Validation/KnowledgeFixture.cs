using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests.Validation;

/// <summary>
/// A small knowledge base that passes every rule, plus a second file each test writes inline: the errors
/// of the merged files are then exactly those of the test's own YAML.
/// </summary>
internal static class KnowledgeFixture
{
    public const string BaselineFile = "baseline.yaml";
    public const string BrokenFile = "broken.yaml";

    public const string Baseline = """
        sources:
          - id: seed
            kind: seed-article
            title: A seed article
            file: seed.txt
          - id: ms-doc
            kind: microsoft-docs
            title: A Microsoft page
            url: https://learn.microsoft.com/page
        codes:
          - id: main-0x904
            kind: main
            value: 0x904
            name: disconnectReasonAtClientWinsockFDCLOSE
            meaning: Socket closed
            explanation: The connection was closed while it was being set up.
            sources: [{ ref: ms-doc }]
        facts:
          - id: host-azure-vm
            statement: The host is an Azure VM.
            because: the host is an Azure VM
            context: azure-vm
            patterns: ['\bazure\b']
          - id: worked-before
            statement: Connecting used to work.
            because: it worked before
            opposite: never-worked
          - id: never-worked
            statement: Connecting never worked.
            because: it never worked
            opposite: worked-before
          - id: check-cert-expired
            statement: The certificate has expired.
            because: the certificate has expired
            origin: check
        questions:
          - id: history
            text: Did it work before?
            answers:
              - { id: yes, label: "Yes", fact: worked-before, share: 0.8 }
              - { id: no, label: "No", fact: never-worked, share: 0.2 }
              - { id: not-sure, label: "Not sure" }
        causes:
          - id: expired-cert
            title: The certificate expired
            explanation: The host's certificate expired.
            priors: { azure-vm: 0.3, windows-server: 0.2, windows-pc: 0.1, avd: 0.2, windows-365: 0.2, unknown: 0.2 }
            evidence: { worked-before: 2.5, check-cert-expired: 30 }
            fixes:
              - { fix: renew-cert, success: 0.85 }
            sources:
              - { ref: seed, quote: an expired self-signed certificate }
              - { ref: ms-doc }
        fixes:
          - id: renew-cert
            title: Renew the certificate
            runs_on: host
            rights: local administrator
            risk: low
            effort_minutes: 10
            steps:
              - { text: Delete the expired certificate. }
            verify: You can connect again.
            sources: [{ ref: ms-doc }]
        """;

    /// <summary>The baseline merged with <paramref name="brokenYaml"/>, loaded as the bot loads files.</summary>
    public static KnowledgeLoadResult LoadWith(string brokenYaml) =>
        KnowledgeBase.Load([new KnowledgeFile(BaselineFile, Baseline), new KnowledgeFile(BrokenFile, brokenYaml)]);

    /// <summary>Asserts the load failed with exactly one error, at that line of the broken file, about that item.</summary>
    public static void AssertSingleError(KnowledgeLoadResult result, int line, string? itemId, string messagePart)
    {
        Assert.False(result.Succeeded, "the knowledge was accepted");
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation(BrokenFile, line), error.Location);
        Assert.Equal(itemId, error.ItemId);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
