using System.Text.Json;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine;

public sealed class WaterfallDialogTests
{
    private const string OrderForAnnId = "order-for-ann";

    [Fact]
    public async Task Run_OrderOverSeveralTurns_AsksEachQuestionInTurnAndCompletes()
    {
        await new DialogTestFlow(CoffeeOnly, CoffeeOrderDialog.DialogId)
            .Send("hi")
            .AssertReply("What size?", "Small", "Medium", "Large")
            .Send("large")
            .AssertReply("Name for the order?")
            .Send("Ann")
            .AssertReply("A large coffee for Ann?", "Yes", "No")
            .Send("yep")
            .AssertReply("Ordered. Ready at 09:05.")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertResult("large coffee for Ann")
            .StartTestAsync();
    }

    [Fact]
    public async Task Run_BetweenTurns_StoresTheWaitingStepAndValuesAsPlainJson()
    {
        await new DialogTestFlow(CoffeeOnly, CoffeeOrderDialog.DialogId)
            .Send("hi")
            .AssertReply("What size?")
            .Send("small")
            .AssertReply("Name for the order?")
            .AssertStoredState(state =>
            {
                var coffee = Assert.Single(state.Stack);
                Assert.Equal(["coffee-steps", "name"], coffee.Stack!.Select(instance => instance.Id));
                Assert.Equal("AskNameStepAsync", coffee.Stack![0].Step);
                Assert.Equal("small", coffee.Stack![0].State["size"].GetString());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Run_StepUsesTheTurnClock_ReportsTimeFromTheInjectedProvider()
    {
        await new DialogTestFlow(CoffeeOnly, CoffeeOrderDialog.DialogId)
            .Send("hi")
            .AssertReply("What size?")
            .Send("small")
            .AssertReply("Name for the order?")
            .Send("Bo")
            .AssertReply("A small coffee for Bo?")
            .Advance(TimeSpan.FromHours(2))
            .Send("sure")
            .AssertReply("Ordered. Ready at 11:05.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Begin_NameAlreadyKnownFromOptions_SkipsTheNameQuestion()
    {
        await new DialogTestFlow(OrderForAnn, OrderForAnnId)
            .Send("hi")
            .AssertReply("What size?")
            .Send("medium")
            .AssertReply("A medium coffee for Ann?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_StepWaitingWithoutPrompt_ReceivesTheNextMessageAsResult()
    {
        static DialogSet Echo() => new DialogSet().Add(new WaterfallDialog("echo", [WaitStepAsync, EchoStepAsync]));

        await new DialogTestFlow(Echo, "echo")
            .Send("hi")
            .Send("  hello there ")
            .AssertResult("hello there")
            .StartTestAsync();
    }

    [Fact]
    public void AddStep_Lambda_IsRejectedBecauseItsNameIsNotStable()
    {
        var waterfall = new WaterfallDialog("w");

        var error = Assert.Throws<ArgumentException>(() => waterfall.AddStep((step, ct) => step.EndDialogAsync(null, ct)));

        Assert.Contains("lambda", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStep_SameNameTwice_IsRejected()
    {
        var waterfall = new WaterfallDialog("w", [WaitStepAsync]);

        Assert.Throws<ArgumentException>(() => waterfall.AddStep(EchoStepAsync, nameof(WaitStepAsync)));
    }

    private static DialogSet CoffeeOnly() => new DialogSet().Add(new CoffeeOrderDialog());

    private static DialogSet OrderForAnn() =>
        new DialogSet().Add(new CoffeeOrderDialog()).Add(new WaterfallDialog(OrderForAnnId, [BeginCoffeeForAnnStepAsync]));

    private static Task<DialogTurnResult> BeginCoffeeForAnnStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        using var options = JsonDocument.Parse("""{"name":"Ann"}""");
        return step.BeginDialogAsync(CoffeeOrderDialog.DialogId, options.RootElement.Clone(), cancellationToken);
    }

    private static Task<DialogTurnResult> WaitStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    private static Task<DialogTurnResult> EchoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);
}
