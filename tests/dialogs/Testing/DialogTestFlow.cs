using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Testing;

/// <summary>
/// A conversation as a test: the user says something, the bot must reply exactly this. Each turn runs on a
/// fresh dialog set with the state read back from JSON, as after a process restart. Every reply must be
/// expected; a failure prints the whole transcript.
/// </summary>
internal sealed class DialogTestFlow
{
    public const string ConversationId = "test-conversation";
    public const string UserId = "test-user";
    public const string ChannelId = "test-channel";

    private readonly List<Func<Task>> actions = [];
    private readonly Queue<Reply> unread = new();
    private readonly Transcript transcript = new();
    private readonly string rootDialogId;
    private Func<DialogSet> createDialogs;
    private DialogTurnResult? lastResult;
    private DialogStateReset? lastReset;

    public DialogTestFlow(Func<DialogSet> createDialogs, string rootDialogId)
    {
        this.createDialogs = createDialogs;
        this.rootDialogId = rootDialogId;
    }

    /// <summary>Keeps what a turn recorded besides its state (case outcomes, escalations), as the pipeline does when the turn is saved.</summary>
    public Func<TurnContext, Task>? Saved { get; init; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The state as stored after the last turn.</summary>
    public string? StateJson { get; private set; }

    public DialogTestFlow WithStoredState(string json) => Then(() => StateJson = json);

    public DialogTestFlow Send(string text) => Then(() => RunTurnAsync(text, null));

    public DialogTestFlow Click(string choiceValue) => Then(() => RunTurnAsync("", choiceValue));

    /// <summary>A turn the host raises itself, such as <see cref="TurnEvents.Idle"/>.</summary>
    public DialogTestFlow SendEvent(string eventName) => Then(() => RunTurnAsync("", null, eventName));

    /// <summary>Runs a check between turns, e.g. on what the dialogs saved to a store.</summary>
    public DialogTestFlow Verify(Func<Task> check) => Then(check);

    /// <summary>A new release: later turns run on these dialogs, with the state the old ones stored.</summary>
    public DialogTestFlow Deploy(Func<DialogSet> newDialogs) => Then(() =>
    {
        createDialogs = newDialogs;
        transcript.Note("(new release deployed)");
    });

    public DialogTestFlow Advance(TimeSpan delay) => Then(() => Time.Advance(delay));

    public DialogTestFlow AssertReply(string expectedText, params string[] expectedChoiceLabels) => AssertReply(reply =>
    {
        Assert.Equal(expectedText, reply.Text);
        if (expectedChoiceLabels.Length > 0)
            Assert.Equal(expectedChoiceLabels, reply.Choices?.Select(choice => choice.Label) ?? []);
    });

    public DialogTestFlow AssertReply(Action<Reply> check) => Then(() =>
    {
        if (!unread.TryDequeue(out var reply))
            Assert.Fail("Expected a reply, but the bot said nothing more.");
        transcript.Note($"      (checking: {Transcript.Describe(reply)})");
        check(reply);
    });

    /// <summary>Checks every reply of the turn not yet checked, however many there are.</summary>
    public DialogTestFlow AssertRemainingReplies(Action<IReadOnlyList<Reply>> check) => Then(() =>
    {
        var replies = new List<Reply>();
        while (unread.TryDequeue(out var reply))
        {
            transcript.Note($"      (checking: {Transcript.Describe(reply)})");
            replies.Add(reply);
        }
        check(replies);
    });

    public DialogTestFlow AssertStatus(DialogTurnStatus expected) =>
        Then(() => Assert.Equal(expected, LastResult.Status));

    public DialogTestFlow AssertResult(object? expected) =>
        Then(() => Assert.Equal(expected, LastResult.Result));

    public DialogTestFlow AssertReset(DialogStateResetReason expected) =>
        Then(() => Assert.Equal(expected, lastReset?.Reason));

    public DialogTestFlow AssertStoredState(Action<DialogState> check) => Then(() =>
    {
        var load = DialogState.Load(StateJson, createDialogs());
        Assert.Null(load.Reset);
        check(load.State);
    });

    public async Task StartTestAsync()
    {
        foreach (var action in actions)
        {
            try
            {
                await action();
            }
            catch (Exception failure)
            {
                // Deliberately broad: engine exceptions and assertion failures alike need the transcript.
                Assert.Fail($"{failure.Message}{Environment.NewLine}{Environment.NewLine}Transcript:{Environment.NewLine}{transcript}");
            }
        }
        if (unread.Count > 0)
            Assert.Fail($"The bot said more than the test expected.{Environment.NewLine}{Environment.NewLine}Transcript:{Environment.NewLine}{transcript}");
    }

    private DialogTurnResult LastResult => lastResult ?? throw new InvalidOperationException("No turn has run yet.");

    private DialogTestFlow Then(Action action) => Then(() =>
    {
        action();
        return Task.CompletedTask;
    });

    private DialogTestFlow Then(Func<Task> action)
    {
        actions.Add(action);
        return this;
    }

    private async Task RunTurnAsync(string text, string? choiceValue, string? eventName = null)
    {
        if (unread.TryPeek(out var missed))
            throw new InvalidOperationException($"The test did not expect the reply \"{missed.Text}\" before the user's next message.");
        if (eventName is null)
            transcript.User(text, choiceValue);
        else
            transcript.Note($"(event: {eventName})");

        var dialogs = createDialogs();
        var load = DialogState.Load(StateJson, dialogs);
        lastReset = load.Reset;
        if (load.Reset is { } reset)
            transcript.Note($"(state reset: {reset.Reason}: {reset.Detail})");

        var turn = new TurnContext(ConversationId, UserId, text, Time, choiceValue, eventName) { ChannelId = ChannelId };
        lastResult = await new DialogRunner(dialogs, rootDialogId)
            .RunTurnAsync(turn, load.State, TestContext.Current.CancellationToken);
        StateJson = load.State.ToJson();
        if (Saved is not null)
            await Saved(turn);

        foreach (var reply in turn.Outbox)
        {
            transcript.Bot(reply);
            unread.Enqueue(reply);
        }
        transcript.Note($"      -> {lastResult.Status}");
    }
}
