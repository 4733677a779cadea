using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Tests.Conversation;
using RdpHelpBot.Dialogs.Tests.Conversation.Checks;
using RdpHelpBot.Dialogs.Tests.Testing;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Tests.Turns;

/// <summary>A turn run again after another turn saved first keeps the effects of the attempt that saved, once.</summary>
public sealed class TurnPipelineRetryEffectsTests
{
    private const string Conversation = "c1";
    private static readonly string Key = $"test:{Conversation}";

    private readonly PipelineFixture _fixture = new();
    private readonly FakeHostChecks _checks = new([FakeHostChecks.ListenerOk, FakeHostChecks.CertificateExpired]);
    private readonly ConversationHarness _harness;

    public TurnPipelineRetryEffectsTests()
    {
        _harness = new ConversationHarness { HostChecks = new TurnScopedHostChecks(_checks) };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Escalation_InATurnThatLosesARace_KeepsOneOutcomeAndOneRequest()
    {
        var sut = CreateSut();
        ConflictOnNextWrite();

        await sut.ProcessAsync(Message("my azure vm gives 0x904, I need to talk to someone from the helpdesk"), Ct);

        var request = Assert.Single(await _harness.Cases.ListAsync(liveOnly: false, limit: 100, Ct));
        var outcome = Assert.Single(await _harness.Outcomes.ListAsync(Ct));
        Assert.Equal(request.CaseId, outcome.CaseId);
    }

    [Fact]
    public async Task Escalation_InATurnThatNeverSaves_KeepsNoOutcomeAndNoRequest()
    {
        var sut = CreateSut();
        _fixture.States.AlwaysConflict = true;

        await sut.ProcessAsync(Message("my azure vm gives 0x904, I need to talk to someone from the helpdesk"), Ct);

        Assert.Empty(await _harness.Cases.ListAsync(liveOnly: false, limit: 100, Ct));
        Assert.Empty(await _harness.Outcomes.ListAsync(Ct));
    }

    [Fact]
    public async Task HostCheck_InATurnThatLosesARace_RunsOnceAndIsStillWeighed()
    {
        var sut = CreateSut();
        await sut.ProcessAsync(Message("I get 0x904 when I connect to rdp01.contoso.com"), Ct);
        ConflictOnNextWrite();

        var response = await sut.ProcessAsync(new TurnRequest("test", Conversation, DialogTestFlow.UserId, ChoiceValue: "yes"), Ct);

        Assert.Single(_checks.Checked);
        Assert.Contains(response.Replies, reply => reply.Text.Contains("expired 3 days ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostCheck_AskedAgainInALaterTurn_RunsAgain()
    {
        var checks = new TurnScopedHostChecks(_checks);
        var requester = new CheckRequester("test", "u1", "u1");

        await checks.CheckAsync(requester, "rdp01.contoso.com", Ct);
        await checks.CheckAsync(requester, "rdp01.contoso.com", Ct);

        Assert.Equal(2, _checks.Checked.Count);
    }

    private TurnPipeline CreateSut() => new(
        new TroubleshootingConversation(_harness.Services), _fixture.States, new InMemoryTranscriptStore(), Options.Create(new TranscriptOptions()),
        _fixture.Time, new ListLogger<TurnPipeline>(), outcomes: _harness.Outcomes, helpdesk: new HelpdeskGate(_harness.Helpdesk));

    /// <summary>Another instance saves the conversation just before this one writes: the same state, a new ETag.</summary>
    private void ConflictOnNextWrite() => _fixture.States.BeforeNextWrite = async () =>
    {
        var stored = await _fixture.Store.ReadAsync(Key, Ct);
        var json = stored?.Json ?? DialogState.Load(null, ConversationDialogs.Create(_harness.Services)).State.ToJson();
        await _fixture.Store.WriteAsync(Key, json, stored?.ETag, Ct);
    };

    private static TurnRequest Message(string text) => new("test", Conversation, DialogTestFlow.UserId, text);
}
