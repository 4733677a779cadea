using System.Globalization;
using RdpHelpBot.Dialogs.Turns;
using static RdpHelpBot.Dialogs.Tests.Turns.PipelineFixture;

namespace RdpHelpBot.Dialogs.Tests.Turns;

public sealed class TurnPipelineConcurrencyTests
{
    private readonly PipelineFixture _fixture = new();

    private TurnPipeline CreateSut() => _fixture.CreatePipeline();

    [Fact]
    public async Task ProcessAsync_MessagesOfOneConversationAtOnce_AreAllApplied()
    {
        var sut = CreateSut();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => sut.ProcessAsync(Message("hi"), Ct))));

        Assert.Equal(Enumerable.Range(1, 10), responses.SelectMany(Texts).Select(text => int.Parse(text, CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task ProcessAsync_AfterConcurrentMessages_KeepsNoLocks()
    {
        var sut = CreateSut();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => sut.ProcessAsync(Message("hi", $"c{i % 3}"), Ct))));

        Assert.Equal(0, sut.BusyConversations);
    }

    [Fact]
    public async Task ProcessAsync_AnotherInstanceSavedFirst_RunsTheTurnAgainOnItsState()
    {
        var sut = CreateSut();
        var otherInstance = _fixture.CreatePipeline(_fixture.Store);
        await sut.ProcessAsync(Message("hi"), Ct);
        _fixture.States.BeforeNextWrite = () => otherInstance.ProcessAsync(Message("from elsewhere"), Ct);

        var response = await sut.ProcessAsync(Message("again"), Ct);

        Assert.Equal(["3"], Texts(response));
    }

    [Fact]
    public async Task ProcessAsync_AnotherInstanceSavedFirst_KeepsBothMessages()
    {
        var sut = CreateSut();
        var otherInstance = _fixture.CreatePipeline(_fixture.Store);
        await sut.ProcessAsync(Message("hi"), Ct);
        _fixture.States.BeforeNextWrite = () => otherInstance.ProcessAsync(Message("from elsewhere"), Ct);
        await sut.ProcessAsync(Message("again"), Ct);

        var next = await sut.ProcessAsync(Message("and again"), Ct);

        Assert.Equal(["4"], Texts(next));
    }

    [Fact]
    public async Task ProcessAsync_OthersAlwaysSaveFirst_GivesUpAfterTheRetryLimit()
    {
        _fixture.States.AlwaysConflict = true;

        var response = await CreateSut().ProcessAsync(Message("hi"), Ct);

        Assert.Equal(TurnPipeline.MaxAttempts, _fixture.States.Writes);
        Assert.Equal(TurnOutcome.Conflicted, response.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_OthersAlwaysSaveFirst_AsksTheUserToSendItAgain()
    {
        _fixture.States.AlwaysConflict = true;

        var response = await CreateSut().ProcessAsync(Message("hi"), Ct);

        Assert.Equal([TurnApologies.TooManyConflicts.Text], Texts(response));
    }
}
