using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("Y", "yes")]
    [InlineData("Yeah!", "yes")]
    [InlineData("yep", "yes")]
    [InlineData("yup", "yes")]
    [InlineData("sure", "yes")]
    [InlineData("OK", "yes")]
    [InlineData("okay", "yes")]
    [InlineData("correct", "yes")]
    [InlineData("It did", "yes")]
    [InlineData("yes it did, thanks", "yes")]
    [InlineData("1", "yes")]
    [InlineData("no", "no")]
    [InlineData("N", "no")]
    [InlineData("nope", "no")]
    [InlineData("nah", "no")]
    [InlineData("not really", "no")]
    [InlineData("didn't", "no")]
    [InlineData("didnt", "no")]
    [InlineData("It didn\u2019t help", "no")]
    [InlineData("it did not", "no")]
    [InlineData("no, still broken", "no")]
    [InlineData("2", "no")]
    public async Task Recognize_EverydayAnswer_EndsWithYesOrNo(string said, string expected)
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Did it work?", "Yes", "No")
            .Send(said)
            .AssertReply($"answer: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("no", "no")]
    public async Task Recognize_ButtonClicked_EndsWithItsValue(string clicked, string expected)
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Did it work?")
            .Click(clicked)
            .AssertReply($"answer: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("no idea")]
    [InlineData("maybe")]
    [InlineData("yes and no")]
    [InlineData("banana")]
    [InlineData("3")]
    public async Task Recognize_NeitherYesNorNo_AsksForYesOrNo(string said)
    {
        await CreateSut()
            .Send("start")
            .AssertReply("Did it work?")
            .Send(said)
            .AssertReply(PromptDefaults.ConfirmRetry, "Yes", "No")
            .StartTestAsync();
    }

    private static DialogTestFlow CreateSut() =>
        new(() => PromptProbe.CreateSet(new ConfirmPrompt("confirm"), PromptOptions.Ask("Did it work?")), PromptProbe.RootId);
}
