using System.Text.Json;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine.State;

public sealed class DialogStateTests
{
    [Fact]
    public void Load_NothingStored_StartsWithAnEmptyStackAndNoReset()
    {
        var load = DialogState.Load(null, OrderDialog.CreateSet());

        Assert.Multiple(() => Assert.Null(load.Reset), () => Assert.Empty(load.State.Stack));
    }

    [Fact]
    public async Task Load_StateStoredBySameVersion_ResumesTheStoredStack()
    {
        var stored = await StoredAfterFirstTurnAsync();

        var load = DialogState.Load(stored, OrderDialog.CreateSet());

        Assert.Equal(stored, load.State.ToJson());
    }

    [Fact]
    public async Task Load_StateStoredByAnotherVersion_ResetsWithoutThrowing()
    {
        var stored = await StoredAfterFirstTurnAsync();

        var load = DialogState.Load(stored, OrderDialog.CreateSet(version: "2"));

        Assert.Multiple(
            () => Assert.Equal(DialogStateResetReason.VersionChanged, load.Reset?.Reason),
            () => Assert.Empty(load.State.Stack),
            () => Assert.Equal("2", load.State.Version));
    }

    [Theory]
    [InlineData("""{"version":"1","stack":[{"id":"gone"}]}""")]
    [InlineData("""{"version":"1","stack":[{"id":"order","step":null,"stack":[{"id":"gone"}]}]}""")]
    public void Load_StackNamesADialogThatNoLongerExists_ResetsWithoutThrowing(string stored)
    {
        var load = DialogState.Load(stored, OrderDialog.CreateSet());

        Assert.Multiple(
            () => Assert.Equal(DialogStateResetReason.UnknownDialog, load.Reset?.Reason),
            () => Assert.Empty(load.State.Stack));
    }

    [Fact]
    public void Load_WaterfallStepThatNoLongerExists_ResetsWithoutThrowing()
    {
        var before = new DialogSet().Add(new WaterfallDialog("w", [FirstStepAsync, SecondStepAsync]));
        var after = new DialogSet().Add(new WaterfallDialog("w", [FirstStepAsync, ThirdStepAsync]));
        var stored = new DialogState { Version = before.Version, Stack = [new DialogInstance { Id = "w", Step = nameof(SecondStepAsync) }] };
        Assert.Null(DialogState.Load(stored.ToJson(), before).Reset);

        var load = DialogState.Load(stored.ToJson(), after);

        Assert.Equal(DialogStateResetReason.StaleDialogState, load.Reset?.Reason);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("""{"version":1,"stack":[]}""")]
    [InlineData("""{"version":"1","stack":null}""")]
    [InlineData("""{"version":"1","stack":[{"state":{}}]}""")]
    [InlineData("""{"version":"1","stack":[{"id":"order","state":null}]}""")]
    public void Load_CorruptJson_ResetsWithoutThrowing(string stored)
    {
        var load = DialogState.Load(stored, OrderDialog.CreateSet());

        Assert.Multiple(
            () => Assert.Equal(DialogStateResetReason.CorruptJson, load.Reset?.Reason),
            () => Assert.Empty(load.State.Stack));
    }

    [Theory]
    [InlineData("""{"id":"size"}""")]
    [InlineData("""{"id":"size","options":{"maxAttempts":"three"}}""")]
    [InlineData("""{"id":"size","options":{"prompt":{"text":"What size?"}},"state":{"attempts":"many"}}""")]
    public void Load_PromptStateThatNoLongerReads_ResetsWithoutThrowing(string prompt)
    {
        var stored = $$"""{"version":"1","stack":[{"id":"order","stack":[{"id":"order-steps","step":"OrderCoffeeStepAsync"},{"id":"coffee","stack":[{"id":"coffee-steps","step":"AskSizeStepAsync"},{{prompt}}]}]}]}""";

        var load = DialogState.Load(stored, OrderDialog.CreateSet());

        Assert.Equal(DialogStateResetReason.StaleDialogState, load.Reset?.Reason);
    }

    [Fact]
    public async Task Run_NewReleaseMidConversation_RestartsFromTheRootDialog()
    {
        await new DialogTestFlow(() => OrderDialog.CreateSet(), OrderDialog.DialogId)
            .Send("hi")
            .AssertReply("What size?")
            .Deploy(() => OrderDialog.CreateSet(version: "2"))
            .Send("large")
            .AssertReset(DialogStateResetReason.VersionChanged)
            .AssertReply("What size?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Run_StoredStateIsCorrupt_StartsTheConversationAfresh()
    {
        await new DialogTestFlow(() => OrderDialog.CreateSet(), OrderDialog.DialogId)
            .WithStoredState("{\"version\":\"1\",\"stack\":[")
            .Send("hi")
            .AssertReset(DialogStateResetReason.CorruptJson)
            .AssertReply("What size?")
            .StartTestAsync();
    }

    [Fact]
    public void ToJson_AnyStack_WritesWhatTheStateSerializerWrites()
    {
        var state = new DialogState
        {
            Version = "7",
            Stack =
            [
                new DialogInstance
                {
                    Id = "root",
                    State = new(StringComparer.Ordinal) { ["note"] = Json("\"<b>Müller's</b> \\\"PC\\\"\\n\""), ["n"] = Json("12") },
                    Stack =
                    [
                        new DialogInstance { Id = "steps", Step = "AskStepAsync", Options = Json("""{"maxAttempts":2}""") },
                        new DialogInstance { Id = "empty", Stack = [] },
                    ],
                },
            ],
        };

        Assert.Equal(JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState), state.ToJson());
    }

    [Fact]
    public void ToJson_ValueSetTypedTwice_SavesTheLatestAndLoadsItBack()
    {
        var set = new DialogSet().Add(new WaterfallDialog("w", [FirstStepAsync]));
        var instance = new DialogInstance { Id = "w", Step = nameof(FirstStepAsync) };
        instance.State.Set("kept", 1);
        instance.SetTyped("answer", "first", DialogJsonContext.Default.String);
        instance.SetTyped("answer", "latest", DialogJsonContext.Default.String);

        var loaded = DialogState.Load(new DialogState { Version = set.Version, Stack = [instance] }.ToJson(), set).State.Stack.Single();

        Assert.Multiple(
            () => Assert.Equal("latest", loaded.State.GetString("answer")),
            () => Assert.Equal(1, loaded.State.GetInt32("kept")));
    }

    [Fact]
    public void State_ReadAfterAValueWasSetTyped_HoldsTheValueAsJson()
    {
        var instance = new DialogInstance { Id = "w" };
        instance.SetTyped("answer", "latest", DialogJsonContext.Default.String);

        Assert.Equal("latest", instance.State.GetString("answer"));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static async Task<string> StoredAfterFirstTurnAsync()
    {
        var flow = new DialogTestFlow(() => OrderDialog.CreateSet(), OrderDialog.DialogId).Send("hi").AssertReply("What size?");
        await flow.StartTestAsync();
        return flow.StateJson!;
    }

    private static Task<DialogTurnResult> FirstStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    private static Task<DialogTurnResult> SecondStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    private static Task<DialogTurnResult> ThirdStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);
}
