using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests;

public sealed class BuiltInKnowledgeTests
{
    [Fact]
    public void LoadBuiltIn_ShippedFiles_LoadWithoutErrors()
    {
        var result = KnowledgeBase.LoadBuiltIn();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void LoadBuiltIn_Items_KnowTheFileAndLineTheyCameFrom()
    {
        var knowledge = KnowledgeBase.LoadBuiltIn().Knowledge!;

        var fact = knowledge.Facts["host-azure-vm"];

        Assert.Equal("knowledge/data/facts.yaml", fact.Location.File);
        Assert.True(fact.Location.Line > 1);
        Assert.Equal(HostContext.AzureVm, fact.Context);
    }
}
