using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine;

public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_InsideNestedPrompt_ExplainsAndAsksTheSameQuestionAgain()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("help")
            .AssertReply(HelpAndCancelInterruptions.HelpText)
            .AssertReply("What size?", "Small", "Medium", "Large")
            .AssertStatus(DialogTurnStatus.Waiting)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_InsideNestedPrompt_ConversationContinuesWhereItWas()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("small")
            .AssertReply("Name for the order?")
            .Send("help")
            .AssertReply(HelpAndCancelInterruptions.HelpText)
            .AssertReply("Name for the order?")
            .Send("Di")
            .AssertReply("A small coffee for Di?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_AskedMoreOftenThanMaxAttempts_DoesNotMakeThePromptGiveUp()
    {
        var flow = CreateSut().Send("hi").AssertReply("What size?");
        for (var i = 0; i < 4; i++)
            flow.Send("help").AssertReply(HelpAndCancelInterruptions.HelpText).AssertReply("What size?");

        await flow.Send("medium").AssertReply("Name for the order?").StartTestAsync();
    }

    [Fact]
    public async Task Cancel_InsideNestedPrompt_ReportsCancelled()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("cancel")
            .AssertReply(HelpAndCancelInterruptions.CancelText)
            .AssertStatus(DialogTurnStatus.Cancelled)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_InsideNestedPrompt_ClearsTheWholeStack()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("large")
            .AssertReply("Name for the order?")
            .Send("cancel")
            .AssertReply(HelpAndCancelInterruptions.CancelText)
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ThenNewMessage_StartsTheConversationAgain()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("cancel")
            .AssertReply(HelpAndCancelInterruptions.CancelText)
            .Send("hi again")
            .AssertReply("What size?")
            .StartTestAsync();
    }

    private static DialogTestFlow CreateSut() => new(() => OrderDialog.CreateSet(), OrderDialog.DialogId);
}
