using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class SilentQuestionRuleTests
{
    [Fact]
    public void Load_QuestionNoCauseListensTo_IsAnErrorNamingItsFacts()
    {
        var result = LoadWith("""
            facts:
              - id: over-vpn
                statement: The user connects over a VPN.
                because: the connection goes over a VPN
            questions:
              - id: vpn
                text: Do you connect over a VPN?
                answers:
                  - { id: yes, label: "Yes", fact: over-vpn }
                  - { id: not-sure, label: "Not sure" }
            """);

        var warning = Assert.Single(result.Errors);
        Assert.Equal(("broken.yaml:6", "vpn"), (warning.Location.ToString(), warning.ItemId));
        Assert.Contains("no cause gives evidence for any of its answers' facts (over-vpn)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionAboutTheHostContext_CountsAsHeardThroughThePriors()
    {
        var result = LoadWith("""
            questions:
              - id: host-kind
                text: Is the host an Azure VM?
                answers:
                  - { id: azure-vm, label: "Azure VM", fact: host-azure-vm }
                  - { id: not-sure, label: "Not sure" }
            """);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }
}
