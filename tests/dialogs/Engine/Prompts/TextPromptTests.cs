using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class TextPromptTests
{
    [Theory]
    [InlineData("rdp01.contoso.com", "rdp01.contoso.com")]
    [InlineData("   spaced out  ", "spaced out")]
    [InlineData("0x904", "0x904")]
    public async Task Recognize_AnyText_EndsWithTheTrimmedText(string said, string expected)
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Which host?")
            .Send(said)
            .AssertReply($"answer: {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_ButtonClickedWithoutText_EndsWithTheButtonValue()
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Which host?")
            .Click("rdp02")
            .AssertReply("answer: rdp02")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_BlankMessage_AsksToTypeAnAnswer()
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Which host?")
            .Send("   ")
            .AssertReply(PromptDefaults.TextRetry)
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_ValidatorRejects_AsksAgain()
    {
        static bool LooksLikeHost(string text) => !text.Contains(' ', StringComparison.Ordinal);

        await new DialogTestFlow(
                () => PromptProbe.CreateSet(new TextPrompt("host", LooksLikeHost), PromptOptions.Ask("Which host?")),
                PromptProbe.RootId)
            .Send("start")
            .AssertReply("Which host?")
            .Send("my computer")
            .AssertReply(PromptDefaults.TextRetry)
            .Send("rdp01")
            .AssertReply("answer: rdp01")
            .StartTestAsync();
    }

    private static DialogTestFlow CreateSut() =>
        new(() => PromptProbe.CreateSet(new TextPrompt("host"), PromptOptions.Ask("Which host?")), PromptProbe.RootId);
}
