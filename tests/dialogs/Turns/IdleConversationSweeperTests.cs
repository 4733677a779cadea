using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Turns;
using static RdpHelpBot.Dialogs.Tests.Turns.PipelineFixture;

namespace RdpHelpBot.Dialogs.Tests.Turns;

public sealed class IdleConversationSweeperTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private readonly PipelineFixture _fixture = new();
    private readonly TurnPipeline _pipeline;

    public IdleConversationSweeperTests()
    {
        _pipeline = _fixture.CreatePipeline();
    }

    private IdleConversationSweeper CreateSut() => new(
        _fixture.States, _pipeline, _fixture.Time,
        Options.Create(new ConversationOptions { IdleTimeout = IdleTimeout }), NullLogger<IdleConversationSweeper>.Instance);

    [Fact]
    public async Task SweepAsync_ConversationIdlePastTheTimeout_TellsItsDialogsItIsIdle()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        _fixture.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));

        await CreateSut().SweepAsync(Ct);

        Assert.Equal([ConversationName], _fixture.Dialogs.ClosedConversations);
    }

    [Fact]
    public async Task SweepAsync_ConversationIdlePastTheTimeout_DeletesItsState()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        _fixture.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));

        await CreateSut().SweepAsync(Ct);

        Assert.Null(await _fixture.StoredJsonAsync());
    }

    [Fact]
    public async Task SweepAsync_ConversationActiveWithinTheTimeout_IsLeftAlone()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        _fixture.Time.Advance(TimeSpan.FromMinutes(20));
        await _pipeline.ProcessAsync(Message("still here"), Ct);
        _fixture.Time.Advance(TimeSpan.FromMinutes(20));

        var closed = await CreateSut().SweepAsync(Ct);

        Assert.Equal(0, closed);
        Assert.NotNull(await _fixture.StoredJsonAsync());
    }

    [Fact]
    public async Task SweepAsync_OnlySomeConversationsIdle_ClosesOnlyThose()
    {
        await _pipeline.ProcessAsync(Message("hi", conversation: "quiet"), Ct);
        _fixture.Time.Advance(TimeSpan.FromMinutes(40));
        await _pipeline.ProcessAsync(Message("hi", conversation: "busy"), Ct);

        await CreateSut().SweepAsync(Ct);

        Assert.Equal(["quiet"], _fixture.Dialogs.ClosedConversations);
    }

    [Fact]
    public async Task SweepAsync_UserReturnsAfterTheSweep_StartsAFreshConversation()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        await _pipeline.ProcessAsync(Message("again"), Ct);
        _fixture.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));
        await CreateSut().SweepAsync(Ct);

        var response = await _pipeline.ProcessAsync(Message("back"), Ct);

        Assert.Equal(["1"], Texts(response));
    }

    [Fact]
    public async Task SweepAsync_StateThatCannotBeResumed_IsDeletedWithoutRunningTheDialogs()
    {
        await _fixture.Store.WriteAsync(StateKey, "not json", null, Ct);
        _fixture.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));

        await CreateSut().SweepAsync(Ct);

        Assert.Empty(_fixture.Dialogs.ClosedConversations);
        Assert.Null(await _fixture.StoredJsonAsync());
    }

    [Fact]
    public async Task CloseIdleAsync_ActiveConversation_ReturnsWhatTheDialogsSaid()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        var stored = await _fixture.Store.ReadAsync(StateKey, Ct);

        var replies = await _pipeline.CloseIdleAsync(new ConversationKey(Channel, ConversationName), stored!.ETag, Ct);

        Assert.Equal([CountingConversation.ClosingText], replies!.Select(reply => reply.Text));
    }

    [Fact]
    public async Task CloseIdleAsync_UserWroteSinceItWasFoundIdle_LeavesTheConversationOpen()
    {
        await _pipeline.ProcessAsync(Message("hi"), Ct);
        _fixture.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));
        var idle = Assert.Single(await _fixture.Store.ListWrittenBeforeAsync(_fixture.Time.GetUtcNow() - IdleTimeout, Ct));
        await _pipeline.ProcessAsync(Message("back just in time"), Ct);

        var replies = await _pipeline.CloseIdleAsync(new ConversationKey(Channel, ConversationName), idle.ETag, Ct);

        Assert.Null(replies);
        Assert.Equal(["3"], Texts(await _pipeline.ProcessAsync(Message("still here"), Ct)));
    }
}
