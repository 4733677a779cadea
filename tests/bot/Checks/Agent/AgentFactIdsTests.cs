using RdpHelpBot.Bot.Checks.Agent;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

public sealed class AgentFactIdsTests
{
    [Fact]
    public void All_AreCheckFactsOfTheBuiltInKnowledge()
    {
        var facts = KnowledgeBase.LoadBuiltIn().Knowledge!.Facts;

        Assert.All(AgentFactIds.All, id => Assert.Equal(FactOrigin.Check, facts[id].Origin));
    }
}
