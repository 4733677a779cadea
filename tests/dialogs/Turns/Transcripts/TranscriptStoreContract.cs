using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Tests.Storage;

/// <summary>What every transcript store must do; each engine's tests derive from this.</summary>
public abstract class TranscriptStoreContract
{
    private static readonly DateTimeOffset Start = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    protected abstract ITranscriptStore CreateSut();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TranscriptLine User(string text, DateTimeOffset at, string conversation = "console:c1") =>
        new(conversation, at, TranscriptSpeaker.User, text);

    [Fact]
    public async Task ReadAsync_UnknownConversation_IsEmpty()
    {
        Assert.Empty(await CreateSut().ReadAsync("console:nobody", Ct));
    }

    [Fact]
    public async Task ReadAsync_AfterAppends_ReturnsTheConversationsLinesInOrder()
    {
        var store = CreateSut();
        await store.AppendAsync([User("first", Start), User("other conversation", Start, "console:c2")], Ct);
        await store.AppendAsync([User("second", Start)], Ct);

        var lines = await store.ReadAsync("console:c1", Ct);

        Assert.Equal(["first", "second"], lines.Select(line => line.Text));
    }

    [Fact]
    public async Task ReadAsync_BotLineWithACard_ReadsBackTheSame()
    {
        var store = CreateSut();
        var reply = new Reply("Try this:", [new Choice("worked", "It worked")], new Card(
        [
            new Heading("Renew the certificate"),
            new NumberedSteps([new NumberedStep("Restart the service.", new CommandBlock("Restart-Service TermService -Force", "PowerShell"))]),
        ]));
        var line = new TranscriptLine("console:c1", Start, TranscriptSpeaker.Bot, reply.Text, Reply: reply);
        await store.AppendAsync([line], Ct);

        var read = Assert.Single(await store.ReadAsync("console:c1", Ct));

        Assert.Equivalent(line, read, strict: true);
    }

    [Fact]
    public async Task PurgeOlderThanAsync_RemovesOnlyLinesBeforeTheCutoff()
    {
        var store = CreateSut();
        await store.AppendAsync([User("old", Start), User("new", Start.AddDays(31))], Ct);

        await store.PurgeOlderThanAsync(Start.AddDays(1), Ct);

        Assert.Equal(["new"], (await store.ReadAsync("console:c1", Ct)).Select(line => line.Text));
    }

    [Fact]
    public async Task PurgeOlderThanAsync_ReturnsHowManyLinesWentAway()
    {
        var store = CreateSut();
        await store.AppendAsync([User("old", Start), User("older", Start.AddHours(-1)), User("new", Start.AddDays(31))], Ct);

        Assert.Equal(2, await store.PurgeOlderThanAsync(Start.AddDays(1), Ct));
    }
}
