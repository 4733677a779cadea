using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;
using static RdpHelpBot.Dialogs.Tests.Turns.PipelineFixture;

namespace RdpHelpBot.Dialogs.Tests.Turns;

/// <summary>A channel that keeps its replies (Direct Line) gets them written with the turn's state.</summary>
public sealed class TurnPipelineKeptRepliesTests
{
    private readonly PipelineFixture _fixture = new();
    private readonly List<string> _kept = [];

    private TurnPipeline CreateSut() => _fixture.CreatePipeline();

    private TurnRequest Keeping(TurnRequest request) => request with { KeepReplies = replies => new KeptTexts(_kept, replies) };

    [Fact]
    public async Task ProcessAsync_KeepingReplies_WritesThemWithTheState()
    {
        var response = await CreateSut().ProcessAsync(Keeping(Message("hi")), Ct);

        Assert.Equal(Texts(response), _kept);
    }

    [Fact]
    public async Task ProcessAsync_AnotherInstanceSavedFirst_KeepsOnlyTheRepliesOfTheTurnThatSaved()
    {
        var sut = CreateSut();
        var otherInstance = _fixture.CreatePipeline(_fixture.Store);
        await sut.ProcessAsync(Message("hi"), Ct);
        _fixture.States.BeforeNextWrite = () => otherInstance.ProcessAsync(Message("from elsewhere"), Ct);

        await sut.ProcessAsync(Keeping(Message("again")), Ct);

        Assert.Equal(["3"], _kept);
    }

    [Fact]
    public async Task ProcessAsync_DialogThrows_KeepsTheApology()
    {
        await CreateSut().ProcessAsync(Keeping(Message("crash now")), Ct);

        Assert.Equal([TurnApologies.TurnFailed.Text], _kept);
    }

    [Fact]
    public async Task ProcessAsync_KeptRepliesCannotBeWritten_KeepsThePreviousState()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("hi"), Ct);
        var before = await _fixture.StoredJsonAsync();

        await Assert.ThrowsAsync<IOException>(() => sut.ProcessAsync(Message("again") with { KeepReplies = _ => new Failing() }, Ct));

        Assert.Equal(before, await _fixture.StoredJsonAsync());
    }

    /// <summary>Writes the replies' texts to a list, the "table" of this test.</summary>
    private sealed class KeptTexts(List<string> kept, IReadOnlyList<Reply> replies) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            kept.AddRange(replies.Select(reply => reply.Text));
            return Task.CompletedTask;
        }
    }

    private sealed class Failing : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            throw new IOException("No space left on the device.");
    }
}
