using Microsoft.Extensions.Logging;
using RdpHelpBot.Dialogs.Turns;
using static RdpHelpBot.Dialogs.Tests.Turns.PipelineFixture;

namespace RdpHelpBot.Dialogs.Tests.Turns;

public sealed class TurnPipelineTests
{
    private readonly PipelineFixture _fixture = new();

    private TurnPipeline CreateSut() => _fixture.CreatePipeline();

    [Fact]
    public async Task ProcessAsync_NewConversation_BeginsTheRootDialog()
    {
        var response = await CreateSut().ProcessAsync(Message("hi"), Ct);

        Assert.Equal(["1"], Texts(response));
    }

    [Fact]
    public async Task ProcessAsync_NextMessage_ContinuesFromTheSavedState()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("hi"), Ct);

        var response = await sut.ProcessAsync(Message("again"), Ct);

        Assert.Equal(["2"], Texts(response));
    }

    [Fact]
    public async Task ProcessAsync_AnotherConversation_HasItsOwnState()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("hi"), Ct);

        var response = await sut.ProcessAsync(Message("hi", conversation: "c2"), Ct);

        Assert.Equal(["1"], Texts(response));
    }

    [Fact]
    public async Task ProcessAsync_OneTurn_SavesTheStateOnce()
    {
        await CreateSut().ProcessAsync(Message("hi"), Ct);

        Assert.Equal(1, _fixture.States.Writes);
    }

    [Fact]
    public async Task ProcessAsync_StateFromAnOlderRelease_ApologisesThenStartsAgain()
    {
        await _fixture.Store.WriteAsync(StateKey, """{"version":"0","stack":[{"id":"count"}]}""", null, Ct);

        var response = await CreateSut().ProcessAsync(Message("hi"), Ct);

        Assert.Equal([TurnApologies.StateReset.Text, "1"], Texts(response));
        Assert.True(response.StateWasReset);
    }

    [Fact]
    public async Task ProcessAsync_DialogThrows_ApologisesToTheUser()
    {
        var response = await CreateSut().ProcessAsync(Message("crash now"), Ct);

        Assert.Equal([TurnApologies.TurnFailed.Text], Texts(response));
        Assert.Equal(TurnOutcome.Failed, response.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_DialogThrows_KeepsThePreviousState()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("hi"), Ct);
        var before = await _fixture.StoredJsonAsync();

        await sut.ProcessAsync(Message("crash now"), Ct);

        Assert.Equal(before, await _fixture.StoredJsonAsync());
    }

    [Fact]
    public async Task ProcessAsync_AfterADialogThrew_NextMessageContinues()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("hi"), Ct);
        await sut.ProcessAsync(Message("crash now"), Ct);

        var response = await sut.ProcessAsync(Message("again"), Ct);

        Assert.Equal(["2"], Texts(response));
    }

    [Fact]
    public async Task ProcessAsync_DialogThrows_LogsTheErrorWithoutTheMessage()
    {
        await CreateSut().ProcessAsync(Message("crash: my password is Hunter2!"), Ct);

        var error = Assert.Single(_fixture.Log.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(StateKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_EmptyConversationId_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateSut().ProcessAsync(new TurnRequest("test", " ", "u1", "hi"), Ct));
    }
}
