using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Tests.Conversation;
using RdpHelpBot.Dialogs.Tests.Testing;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Tests.Helpdesk;

/// <summary>
/// The troubleshooting conversation behind the pipeline with the helpdesk gate, in-memory stores, one helpdesk channel
/// (a Teams team's channel) and the agents Alex and Sam; what the turns send elsewhere is kept in <see cref="Messenger"/>.
/// </summary>
internal sealed class HelpdeskFixture
{
    public const string UserConversation = "user-conv";
    public const string Desk = "19:desk@thread.tacv2";
    public const string CardId = "1700000000001";
    public const string Alex = "T1:U0ALEX";
    public const string Sam = "T1:U0SAM";
    public const string HandOverRequest = "my azure vm gives 0x904, I need to talk to someone from the helpdesk";

    public static readonly ConversationAddress DeskAddress = ConversationAddress.Conversation("msteams", Desk);
    public static readonly HelpdeskThread CaseThread =
        new(new ConversationKey("msteams", $"{Desk};messageid={CardId}"), ConversationAddress.Conversation("msteams", $"{Desk};messageid={CardId}"), CardId);

    public HelpdeskFixture(IReadOnlyList<IHelpdeskChannel>? channels = null)
    {
        Harness = new ConversationHarness { Agents = new ListedAgents(Alex, Sam), HelpdeskChannels = channels ?? [new FixedChannel(DeskAddress)] };
        Sut = new TurnPipeline(
            new TroubleshootingConversation(Harness.Services), new InMemoryStateStore(Time), new InMemoryTranscriptStore(),
            Options.Create(new TranscriptOptions()), Time, new ListLogger<TurnPipeline>(),
            events: Events, outcomes: Harness.Outcomes, helpdesk: new HelpdeskGate(Harness.Helpdesk), messenger: Messenger);
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public ConversationHarness Harness { get; }

    public RecordingMessenger Messenger { get; } = new();

    public RecordingEvents Events { get; } = new();

    public TurnPipeline Sut { get; }

    public Task<TurnResponse> UserSaysAsync(string text, string? choice = null) =>
        Sut.ProcessAsync(new TurnRequest("test", UserConversation, "u1", text, choice) { UserName = "Dana Ruiz" }, Ct);

    public Task<TurnResponse> InThreadAsync(string who, string? text, string? choice = null) =>
        Sut.ProcessAsync(new TurnRequest("msteams", CaseThread.Thread.ConversationId, $"29:{who}", text, choice)
        {
            VerifiedUserId = who,
            UserName = who switch { Alex => "Alex Kim", Sam => "Sam Lee", _ => "Pat Doe" },
        }, Ct);

    /// <summary>Hands a case over and delivers its card: the card's post starts <see cref="CaseThread"/>, recorded on the case as the outbox would.</summary>
    public async Task<HelpdeskCase> EscalatedAsync()
    {
        await UserSaysAsync(HandOverRequest);
        var posted = await CaseAsync();
        return await Harness.Cases.SaveAsync(posted with { Threads = [CaseThread] }, posted.Version, transaction: null, Ct);
    }

    public async Task<HelpdeskCase> ClaimedAsync()
    {
        await EscalatedAsync();
        await InThreadAsync(Alex, null, HelpdeskActions.Claim);
        return await CaseAsync();
    }

    public async Task<HelpdeskCase> CaseAsync() =>
        Assert.Single(await Harness.Cases.ListAsync(liveOnly: false, limit: 10, Ct));

    /// <summary>What was written for <paramref name="conversation"/> since the last call (or the start), oldest first.</summary>
    public IReadOnlyList<OutgoingMessage> NewMessagesTo(string conversation) => Messenger.Take(conversation);

    public static string Texts(IEnumerable<OutgoingMessage> messages) =>
        string.Join(" | ", messages.SelectMany(message => message.Replies).Select(reply => reply.Text));

    public static string Texts(TurnResponse response) => string.Join(" | ", response.Replies.Select(reply => reply.Text));

    private sealed class FixedChannel(ConversationAddress address) : IHelpdeskChannel
    {
        public string Name => "the helpdesk's Teams channel";

        public Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken) => Task.FromResult<ConversationAddress?>(address);
    }
}

/// <summary>Keeps the messages committed turns write for other conversations, and which of them were sent.</summary>
internal sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly Lock _lock = new();
    private readonly List<OutgoingMessage> _written = [];
    private readonly Dictionary<string, int> _taken = new(StringComparer.Ordinal);

    public IReadOnlyList<OutgoingMessage> Written
    {
        get
        {
            lock (_lock)
                return [.. _written];
        }
    }

    public int Sent { get; private set; }

    public bool CanSend(ConversationAddress to) => true;

    public IOutgoingBatch Prepare(IReadOnlyList<OutgoingMessage> messages) => new Batch(this, messages);

    public Task QueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        lock (_lock)
            _written.AddRange(messages);
        return Task.CompletedTask;
    }

    /// <summary>The messages to <paramref name="conversation"/> written since the last call for it.</summary>
    public IReadOnlyList<OutgoingMessage> Take(string conversation)
    {
        lock (_lock)
        {
            var to = _written.Where(message => message.To.ConversationId == conversation).ToList();
            var taken = _taken.GetValueOrDefault(conversation);
            _taken[conversation] = to.Count;
            return [.. to.Skip(taken)];
        }
    }

    private sealed class Batch(RecordingMessenger messenger, IReadOnlyList<OutgoingMessage> messages) : IOutgoingBatch
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) => messenger.QueueAsync(messages, cancellationToken);

        public Task SendAsync(CancellationToken cancellationToken)
        {
            messenger.Sent += messages.Count;
            return Task.CompletedTask;
        }
    }
}

/// <summary>Keeps the events committed turns raise.</summary>
internal sealed class RecordingEvents : ITurnEventOutbox
{
    private readonly List<TurnEvent> _events = [];

    public IReadOnlyList<TurnEvent> Kept => _events;

    public IStateWriteParticipant? Participant(IReadOnlyList<TurnEvent> events) => new Rows(_events, events);

    private sealed class Rows(List<TurnEvent> kept, IReadOnlyList<TurnEvent> events) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            kept.AddRange(events);
            return Task.CompletedTask;
        }
    }
}

internal static class ReplyChecks
{
    public static Card CardOf(OutgoingMessage message) => Assert.Single(message.Replies).Card ?? throw new InvalidOperationException("The message has no card.");

    public static string Heading(OutgoingMessage message) => Assert.IsType<Heading>(CardOf(message).Blocks[0]).Text;

    public static IReadOnlyList<string> Buttons(OutgoingMessage message) =>
        [.. CardOf(message).Blocks.OfType<Actions>().SelectMany(actions => actions.Choices).Select(choice => choice.Value)];
}
