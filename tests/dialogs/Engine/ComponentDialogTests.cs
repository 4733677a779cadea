using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task Run_ChildComponentCompletes_ParentReceivesItsResult()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("big")
            .AssertReply("Name for the order?")
            .Send("Cy")
            .AssertReply("A large coffee for Cy?")
            .Click("yes")
            .AssertReply("Ordered. Ready at 09:05.")
            .AssertReply("Your order: large coffee for Cy.")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertResult("large coffee for Cy")
            .StartTestAsync();
    }

    [Fact]
    public async Task Run_ChildComponentDeclined_ParentReceivesNoResult()
    {
        await CreateSut()
            .Send("hi")
            .AssertReply("What size?")
            .Send("1")
            .AssertReply("Name for the order?")
            .Send("Cy")
            .AssertReply("A small coffee for Cy?")
            .Send("nah")
            .AssertReply("Order dropped.")
            .AssertReply("No order then.")
            .AssertResult(null)
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplaceDialog_FromLastStep_StartsTheDialogAgainWithoutEndingTheCaller()
    {
        static DialogSet Rounds() => new DialogSet()
            .Add(new WaterfallDialog("rounds", [AskAnotherStepAsync, RepeatOrEndStepAsync]))
            .Add(new ConfirmPrompt("again"));

        await new DialogTestFlow(Rounds, "rounds")
            .Send("hi")
            .AssertReply("Another round?")
            .Send("yes")
            .AssertReply("Another round?")
            .AssertStoredState(state => Assert.Equal(["rounds", "again"], state.Stack.Select(instance => instance.Id)))
            .Send("no")
            .AssertReply("Bye.")
            .AssertStatus(DialogTurnStatus.Complete)
            .StartTestAsync();
    }

    private static DialogTestFlow CreateSut() => new(() => OrderDialog.CreateSet(), OrderDialog.DialogId);

    private static Task<DialogTurnResult> AskAnotherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("again", PromptOptions.Ask("Another round?"), cancellationToken);

    private static async Task<DialogTurnResult> RepeatOrEndStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
            return await step.ReplaceDialogAsync("rounds", null, cancellationToken);
        await step.SendAsync(new Reply("Bye."), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
