using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

public sealed class ReadingInstructionsTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoading.Load(null).Knowledge!;
    private static readonly ReadingInstructions Instructions = new(new ModelReadingGrounding(Knowledge).UserFacts);

    [Fact]
    public void Schema_Intents_AreEveryIntentTheConversationKnowsOrNull()
    {
        var intent = JsonNode.Parse(Instructions.Schema.ToString())!["properties"]!["intent"]!["anyOf"]!.AsArray();

        Assert.Equal(Enum.GetNames<IntentKind>(), intent[0]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("null", (string?)intent[1]!["type"]);
    }

    [Fact]
    public void System_EachFactAUserCanState_IsOneLineWithItsMeaning()
    {
        var lines = Instructions.System.Split('\n').Select(l => l.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        Assert.All(Knowledge.Facts.Values.Where(f => f.Origin == FactOrigin.User), f => Assert.Contains($"{f.Id}: {f.Statement}", lines));
        Assert.DoesNotContain(Knowledge.Facts.Values.Where(f => f.Origin == FactOrigin.Check), f => Instructions.System.Contains(f.Id, StringComparison.Ordinal));
    }
}
