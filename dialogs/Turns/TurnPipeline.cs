using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Runs one turn for any channel: load the conversation's state, run the dialogs, save the state once with
/// the ETag that was read (with the replies, for a channel that keeps them, and the turn's case outcomes, helpdesk
/// cases, the outbox rows of its events and its messages to other conversations, in the same transaction; the
/// messages are sent once it commits), and record the transcript. A turn of a helpdesk case (its thread, or the
/// user's conversation while the case is live) goes to the <see cref="HelpdeskGate"/> instead of the dialogs. Turns of one
/// conversation run one at a time in this process; a turn that loses the race to another instance is run again on
/// the newer state, and only the attempt that saves keeps its effects (host checks are not run again, see
/// <see cref="TurnScope"/>).
/// </summary>
public sealed class TurnPipeline
{
    /// <summary>How often a turn is run before it gives up on other turns saving first.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The user id of turns the host raises itself, such as the idle event.</summary>
    public const string HostUserId = "rdphelpbot";

    private readonly IConversationDialogs _conversation;
    private readonly DialogRunner _runner;
    private readonly IStateStore _states;
    private readonly ITranscriptStore _transcripts;
    private readonly IOptions<TranscriptOptions> _transcriptOptions;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnPipeline> _logger;
    private readonly ITurnEventOutbox? _events;
    private readonly IOutcomeStore? _outcomes;
    private readonly ITicketOutbox? _tickets;
    private readonly HelpdeskGate? _helpdesk;
    private readonly IProactiveMessenger? _messenger;
    private readonly ConversationLocks _locks = new();

    public TurnPipeline(
        IConversationDialogs conversation,
        IStateStore states,
        ITranscriptStore transcripts,
        IOptions<TranscriptOptions> transcriptOptions,
        TimeProvider time,
        ILogger<TurnPipeline> logger,
        ITurnEventOutbox? events = null,
        IOutcomeStore? outcomes = null,
        ITicketOutbox? tickets = null,
        HelpdeskGate? helpdesk = null,
        IProactiveMessenger? messenger = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        _conversation = conversation;
        _runner = new DialogRunner(conversation.Dialogs, conversation.RootDialogId);
        _states = states;
        _transcripts = transcripts;
        _transcriptOptions = transcriptOptions;
        _time = time;
        _logger = logger;
        _events = events;
        _outcomes = outcomes;
        _tickets = tickets;
        _helpdesk = helpdesk;
        _messenger = messenger;
    }

    /// <summary>Conversations with a turn running or waiting in this process.</summary>
    internal int BusyConversations => _locks.Count;

    public async Task<TurnResponse> ProcessAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        using (await _locks.AcquireAsync(key.ToString(), cancellationToken))
        using (TurnScope.Begin())
        {
            var received = _time.GetUtcNow();
            var (response, messages) = await RunWithRetriesAsync(key, request, cancellationToken);
            if (messages is not null)
                await messages.SendAsync(cancellationToken);
            await RecordAsync(key, request, received, response.Replies, cancellationToken);
            return response;
        }
    }

    /// <summary>
    /// Tells an idle conversation's dialogs that it is being closed (<see cref="TurnEvents.Idle"/>), then
    /// deletes its state. <paramref name="idleETag"/> is the state found idle: if a turn has saved since, the
    /// user is back and nothing is closed. Returns what the dialogs said, or null when nothing was closed.
    /// </summary>
    public Task<IReadOnlyList<Reply>?> CloseIdleAsync(ConversationKey key, string idleETag, CancellationToken cancellationToken) =>
        CloseIdleAsync(key, idleETag, goodbye: null, cancellationToken);

    /// <summary>
    /// Closes an idle conversation as <see cref="CloseIdleAsync(ConversationKey, string, CancellationToken)"/> does;
    /// what the dialogs say goes out as <paramref name="goodbye"/> makes it (an outgoing message to the
    /// conversation), written with the idle turn's effects and sent once they are kept.
    /// </summary>
    /// <remarks>
    /// The lock covers this process only: another instance can still save a turn between this check and the
    /// delete. The window is one read and one delete long, and the cost is one restarted conversation.
    /// </remarks>
    public async Task<IReadOnlyList<Reply>?> CloseIdleAsync(
        ConversationKey key, string idleETag, Func<IReadOnlyList<Reply>, IOutgoingBatch>? goodbye, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using (await _locks.AcquireAsync(key.ToString(), cancellationToken))
        {
            var stored = await _states.ReadAsync(key.ToString(), cancellationToken);
            if (stored is null || stored.ETag != idleETag)
                return null;
            var load = DialogState.Load(stored.Json, _conversation.Dialogs);
            IReadOnlyList<Reply> replies = [];
            // An empty stack (nothing active, or state that could not be resumed) has no case left to close.
            if (load.State.Stack.Count > 0)
            {
                var request = new TurnRequest(key.ChannelId, key.ConversationId, HostUserId, EventName: TurnEvents.Idle);
                var received = _time.GetUtcNow();
                replies = await RunIdleTurnAsync(key, request, load.State, goodbye, cancellationToken);
                await RecordAsync(key, request, received, replies, cancellationToken);
            }
            // Deleted even when the dialogs failed: an abandoned conversation must not be swept again forever.
            await _states.DeleteAsync(key.ToString(), cancellationToken);
            return replies;
        }
    }

    private async Task<(TurnResponse Response, IOutgoingBatch? Messages)> RunWithRetriesAsync(ConversationKey key, TurnRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(key, request, cancellationToken);
            }
            catch (StateConflictException) when (attempt < MaxAttempts)
            {
                TurnPipelineLog.RetryingAfterConflict(_logger, key.ChannelId, key.ConversationId, attempt);
            }
            catch (StateConflictException)
            {
                TurnPipelineLog.GaveUpAfterConflicts(_logger, key.ChannelId, key.ConversationId, attempt);
                return (await KeepUnsavedAsync(request, new TurnResponse([TurnApologies.TooManyConflicts], StateWasReset: false, TurnOutcome.Conflicted), cancellationToken), null);
            }
        }
    }

    // Each attempt starts from what is stored now, with a fresh turn, so a retried turn's replies replace the
    // discarded attempt's instead of adding to them.
    private async Task<(TurnResponse Response, IOutgoingBatch? Messages)> RunOnceAsync(ConversationKey key, TurnRequest request, CancellationToken cancellationToken)
    {
        var stored = await _states.ReadAsync(key.ToString(), cancellationToken);
        var load = DialogState.Load(stored?.Json, _conversation.Dialogs);
        var turn = CreateTurn(request);
        if (load.Reset is { } reset)
        {
            TurnPipelineLog.StateReset(_logger, key.ChannelId, key.ConversationId, reset.Reason);
            await turn.SendAsync(TurnApologies.StateReset, cancellationToken);
        }
        if (!await TryRunDialogsAsync(key, turn, load.State, cancellationToken))
            return (await KeepUnsavedAsync(request, new TurnResponse([TurnApologies.TurnFailed], load.WasReset, TurnOutcome.Failed), cancellationToken), null);

        // Only this attempt's events go with the write: a conflicting attempt's turn, and its events, are discarded.
        var messages = Messages(turn);
        await _states.WriteAsync(key.ToString(), load.State.ToJson(), stored?.ETag,
            [.. Participants(request, turn.Outbox), .. HandOvers(request, turn), .. EffectParticipants(turn), .. messages is null ? [] : new[] { messages }], cancellationToken);
        return (new TurnResponse(turn.Outbox, load.WasReset), messages);
    }

    /// <summary>The turn's messages to other conversations, written with its state and sent once it is kept; null when it has none.</summary>
    private IOutgoingBatch? Messages(TurnContext turn) =>
        turn.Messages.Count == 0 ? null
        : _messenger?.Prepare(turn.Messages) ?? throw new InvalidOperationException("The turn sends to other conversations, but the pipeline has no messenger.");

    private static IReadOnlyList<IStateWriteParticipant> Participants(TurnRequest request, IReadOnlyList<Reply> replies) =>
        request.KeepReplies is { } keep ? [keep(replies)] : [];

    private static IReadOnlyList<IStateWriteParticipant> HandOvers(TurnRequest request, TurnContext turn) =>
        turn.Packets.Count > 0 && request.KeepHandOvers is { } keep ? [keep(turn.Packets)] : [];

    /// <summary>What the turn did besides its state and replies: case outcomes, helpdesk records, the outbox rows of its events and tickets.</summary>
    private IReadOnlyList<IStateWriteParticipant> EffectParticipants(TurnContext turn) =>
    [
        .. turn.Outcomes.Count > 0 ? [new CaseRecords(turn, _outcomes)] : Array.Empty<IStateWriteParticipant>(),
        .. turn.Events.Count > 0 && _events?.Participant(turn.Events) is { } participant ? [participant] : Array.Empty<IStateWriteParticipant>(),
        .. turn.Tickets.Select(packet => _tickets?.Participant(packet)).OfType<IStateWriteParticipant>(),
        .. HelpdeskParticipant(turn),
    ];

    private IEnumerable<IStateWriteParticipant> HelpdeskParticipant(TurnContext turn) =>
        _helpdesk?.Participant(turn) is { } participant ? [participant]
        : turn.CaseSaves.Count > 0 ? throw new InvalidOperationException("The turn handed over a case, but the pipeline has no helpdesk to keep it in.")
        : [];

    /// <summary>A turn that saved no state still keeps the replies it answers with, for a channel that keeps them.</summary>
    private async Task<TurnResponse> KeepUnsavedAsync(TurnRequest request, TurnResponse response, CancellationToken cancellationToken)
    {
        if (request.KeepReplies is not null)
            await _states.CommitAsync(Participants(request, response.Replies), cancellationToken);
        return response;
    }

    private async Task<IReadOnlyList<Reply>> RunIdleTurnAsync(
        ConversationKey key, TurnRequest request, DialogState state, Func<IReadOnlyList<Reply>, IOutgoingBatch>? goodbye, CancellationToken cancellationToken)
    {
        var turn = CreateTurn(request);
        if (!await TryRunDialogsAsync(key, turn, state, cancellationToken))
            return [];
        var message = goodbye is not null && turn.Outbox.Count > 0 ? goodbye(turn.Outbox) : null;
        var messages = Messages(turn);
        // The idle turn saves no state (the conversation is deleted next), so its effects are kept on their own.
        IReadOnlyList<IStateWriteParticipant> participants =
            [.. EffectParticipants(turn), .. new[] { message, messages }.OfType<IStateWriteParticipant>()];
        if (participants.Count > 0)
            await _states.CommitAsync(participants, cancellationToken);
        if (message is not null)
            await message.SendAsync(cancellationToken);
        if (messages is not null)
            await messages.SendAsync(cancellationToken);
        return turn.Outbox;
    }

    private async Task<bool> TryRunDialogsAsync(ConversationKey key, TurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        try
        {
            // A turn in a case's thread, or in the conversation of a case an agent has, is the helpdesk's, not the dialogs'.
            if (_helpdesk is null || !await _helpdesk.HandleAsync(turn, cancellationToken))
                await _runner.RunTurnAsync(turn, state, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Deliberately broad: whatever a dialog throws, the stored state stays as it was and the caller
            // still answers the user; the next message starts from the last good state.
            TurnPipelineLog.TurnFailed(_logger, exception, key.ChannelId, key.ConversationId, exception.GetType().Name);
            return false;
        }
    }

    private TurnContext CreateTurn(TurnRequest request) =>
        new(request.ConversationId, request.UserId, request.Text, _time, request.ChoiceValue, request.EventName)
        {
            ChannelId = request.ChannelId,
            VerifiedUserId = request.VerifiedUserId,
            UserName = request.UserName,
            HasAgentHub = request.KeepHandOvers is not null,
            Mentions = request.Mentions,
        };

    private async Task RecordAsync(
        ConversationKey key, TurnRequest request, DateTimeOffset received, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!_transcriptOptions.Value.Enabled)
            return;
        try
        {
            await _transcripts.AppendAsync(TurnTranscript.Lines(key, request, received, replies, _time.GetUtcNow()), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: the turn is already saved; a transcript that cannot be written must not
            // cost the user the replies.
            TurnPipelineLog.TranscriptFailed(_logger, exception, key.ChannelId, key.ConversationId);
        }
    }

    /// <summary>The case outcomes of the attempt that commits, written in its transaction.</summary>
    private sealed class CaseRecords(TurnContext turn, IOutcomeStore? outcomes) : IStateWriteParticipant
    {
        public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            if (outcomes is null)
                throw new InvalidOperationException("The turn ended a case, but the pipeline has no store to keep it in.");
            foreach (var outcome in turn.Outcomes)
                await outcomes.SaveAsync(outcome, transaction, cancellationToken);
        }
    }
}
