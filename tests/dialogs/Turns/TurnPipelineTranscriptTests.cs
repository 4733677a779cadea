using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using static RdpHelpBot.Dialogs.Tests.Turns.PipelineFixture;

namespace RdpHelpBot.Dialogs.Tests.Turns;

public sealed class TurnPipelineTranscriptTests
{
    private readonly PipelineFixture _fixture = new();

    private TurnPipeline CreateSut(bool transcripts)
    {
        _fixture.TranscriptOptions.Enabled = transcripts;
        return _fixture.CreatePipeline();
    }

    [Fact]
    public async Task ProcessAsync_TranscriptsOff_RecordsNothing()
    {
        await CreateSut(transcripts: false).ProcessAsync(Message("hi"), Ct);

        Assert.Empty(await _fixture.Transcripts.ReadAsync(StateKey, Ct));
    }

    [Fact]
    public async Task ProcessAsync_TranscriptsOn_RecordsUserAndBotLinesInOrder()
    {
        var sut = CreateSut(transcripts: true);
        await sut.ProcessAsync(Message("hi"), Ct);
        await sut.ProcessAsync(Message("again"), Ct);

        var lines = await _fixture.Transcripts.ReadAsync(StateKey, Ct);

        Assert.Equal(
            ["User: hi", "Bot: 1", "User: again", "Bot: 2"],
            lines.Select(line => $"{line.Speaker}: {line.Text}"));
    }

    [Fact]
    public async Task ProcessAsync_TranscriptsOn_StampsLinesWithTheTimeOfTheTurn()
    {
        var sut = CreateSut(transcripts: true);
        _fixture.Time.Advance(TimeSpan.FromMinutes(7));

        await sut.ProcessAsync(Message("hi"), Ct);

        var lines = await _fixture.Transcripts.ReadAsync(StateKey, Ct);
        Assert.All(lines, line => Assert.Equal(_fixture.Time.GetUtcNow(), line.At));
    }

    [Fact]
    public async Task ProcessAsync_TranscriptsOn_RecordsTheClickedValue()
    {
        await CreateSut(transcripts: true).ProcessAsync(new TurnRequest(Channel, ConversationName, "u1", ChoiceValue: "yes"), Ct);

        var lines = await _fixture.Transcripts.ReadAsync(StateKey, Ct);
        Assert.Equal("yes", lines[0].ChoiceValue);
    }

    [Fact]
    public async Task ProcessAsync_TranscriptsOnAndADialogThrows_RecordsTheApology()
    {
        await CreateSut(transcripts: true).ProcessAsync(Message("crash"), Ct);

        var lines = await _fixture.Transcripts.ReadAsync(StateKey, Ct);
        Assert.Equal(TurnApologies.TurnFailed.Text, lines[^1].Text);
    }

    [Fact]
    public async Task PurgeOlderThanAsync_LinesBeforeTheCutoff_AreRemovedAndCounted()
    {
        var sut = CreateSut(transcripts: true);
        await sut.ProcessAsync(Message("hi"), Ct);
        _fixture.Time.Advance(TimeSpan.FromDays(31));
        await sut.ProcessAsync(Message("again"), Ct);

        var purged = await _fixture.Transcripts.PurgeOlderThanAsync(_fixture.Time.GetUtcNow().AddDays(-30), Ct);

        Assert.Equal(2, purged);
        Assert.Equal(["again", "2"], (await _fixture.Transcripts.ReadAsync(StateKey, Ct)).Select(line => line.Text));
    }
}
