using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class PromptRetryTests
{
    private static readonly IReadOnlyList<Choice> Colours = [new("red", "Red"), new("blue", "Blue")];

    [Fact]
    public async Task Continue_InvalidAnswerWithCustomRetryPrompt_SendsItWithTheChoices()
    {
        var options = PromptOptions.Ask("Which colour?", Colours) with { RetryPrompt = new Reply("Red or blue, please.") };

        await CreateSut(options)
            .Send("start")
            .AssertReply("Which colour?")
            .Send("green")
            .AssertReply("Red or blue, please.", "Red", "Blue")
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_ValidAnswerAfterARetry_EndsWithIt()
    {
        await CreateSut(PromptOptions.Ask("Which colour?", Colours))
            .Send("start")
            .AssertReply("Which colour?")
            .Send("green")
            .AssertReply("Please pick one of: Red, Blue.")
            .Send("blue")
            .AssertReply("answer: blue")
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_InvalidAnswersUpToMaxAttempts_GivesUpWithAResultInsteadOfLooping()
    {
        await CreateSut(PromptOptions.Ask("Which colour?", Colours))
            .Send("start")
            .AssertReply("Which colour?")
            .Send("green")
            .AssertReply("Please pick one of: Red, Blue.")
            .Send("purple")
            .AssertReply("Please pick one of: Red, Blue.")
            .Send("mauve")
            .AssertReply("answer: gave up after 3")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertResult(new PromptGaveUp("colour", 3))
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_MaxAttemptsOne_GivesUpAfterTheFirstInvalidAnswer()
    {
        await CreateSut(PromptOptions.Ask("Which colour?", Colours) with { MaxAttempts = 1 })
            .Send("start")
            .AssertReply("Which colour?")
            .Send("green")
            .AssertReply("answer: gave up after 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_PromptGaveUpInsideAWaterfall_StepHandlesIt()
    {
        await new DialogTestFlow(() => new DialogSet().Add(new CoffeeOrderDialog()), CoffeeOrderDialog.DialogId)
            .Send("hi")
            .AssertReply("What size?")
            .Send("huge")
            .AssertReply("Please pick one of: Small, Medium, Large.")
            .Send("enormous")
            .AssertReply("Please pick one of: Small, Medium, Large.")
            .Send("gigantic")
            .AssertReply("Let's leave it there.")
            .AssertStatus(DialogTurnStatus.Complete)
            .StartTestAsync();
    }

    [Fact]
    public async Task Begin_MaxAttemptsBelowOne_FailsWithAMessageNamingIt()
    {
        var flow = CreateSut(PromptOptions.Ask("Which colour?", Colours) with { MaxAttempts = 0 }).Send("start");

        var failure = await Assert.ThrowsAnyAsync<Exception>(flow.StartTestAsync);

        Assert.Contains("MaxAttempts must be at least 1", failure.Message, StringComparison.Ordinal);
    }

    private static DialogTestFlow CreateSut(PromptOptions options) =>
        new(() => PromptProbe.CreateSet(new ChoicePrompt("colour"), options), PromptProbe.RootId);
}
