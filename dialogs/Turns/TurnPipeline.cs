using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Runs one turn for any channel: load the conversation's state, run the dialogs, save the state once with
/// the ETag that was read (with the replies, for a channel that keeps them, and the outbox rows of the turn's
/// events, in the same transaction), and record
/// the transcript. Turns of one conversation run one at a time in this
/// process; a turn that loses the race to another instance is run again on the newer state.
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
    private readonly ConversationLocks _locks = new();

    public TurnPipeline(
        IConversationDialogs conversation,
        IStateStore states,
        ITranscriptStore transcripts,
        IOptions<TranscriptOptions> transcriptOptions,
        TimeProvider time,
        ILogger<TurnPipeline> logger,
        ITurnEventOutbox? events = null)
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
    }

    /// <summary>Conversations with a turn running or waiting in this process.</summary>
    internal int BusyConversations => _locks.Count;

    public async Task<TurnResponse> ProcessAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        using (await _locks.AcquireAsync(key.ToString(), cancellationToken))
        {
            var received = _time.GetUtcNow();
            var response = await RunWithRetriesAsync(key, request, cancellationToken);
            await RecordAsync(key, request, received, response.Replies, cancellationToken);
            return response;
        }
    }

    /// <summary>
    /// Tells an idle conversation's dialogs that it is being closed (<see cref="TurnEvents.Idle"/>), then
    /// deletes its state. <paramref name="idleETag"/> is the state found idle: if a turn has saved since, the
    /// user is back and nothing is closed. Returns what the dialogs said, or null when nothing was closed.
    /// </summary>
    /// <remarks>
    /// The lock covers this process only: another instance can still save a turn between this check and the
    /// delete. The window is one read and one delete long, and the cost is one restarted conversation.
    /// </remarks>
    public async Task<IReadOnlyList<Reply>?> CloseIdleAsync(ConversationKey key, string idleETag, CancellationToken cancellationToken)
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
                replies = await RunIdleTurnAsync(key, request, load.State, cancellationToken);
                await RecordAsync(key, request, received, replies, cancellationToken);
            }
            // Deleted even when the dialogs failed: an abandoned conversation must not be swept again forever.
            await _states.DeleteAsync(key.ToString(), cancellationToken);
            return replies;
        }
    }

    private async Task<TurnResponse> RunWithRetriesAsync(ConversationKey key, TurnRequest request, CancellationToken cancellationToken)
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
                return await KeepUnsavedAsync(request, new TurnResponse([TurnApologies.TooManyConflicts], StateWasReset: false, TurnOutcome.Conflicted), cancellationToken);
            }
        }
    }

    // Each attempt starts from what is stored now, with a fresh turn, so a retried turn's replies replace the
    // discarded attempt's instead of adding to them.
    private async Task<TurnResponse> RunOnceAsync(ConversationKey key, TurnRequest request, CancellationToken cancellationToken)
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
            return await KeepUnsavedAsync(request, new TurnResponse([TurnApologies.TurnFailed], load.WasReset, TurnOutcome.Failed), cancellationToken);

        // Only this attempt's events go with the write: a conflicting attempt's turn, and its events, are discarded.
        await _states.WriteAsync(key.ToString(), load.State.ToJson(), stored?.ETag, [.. Participants(request, turn.Outbox), .. EventParticipants(turn)], cancellationToken);
        return new TurnResponse(turn.Outbox, load.WasReset);
    }

    private static IReadOnlyList<IStateWriteParticipant> Participants(TurnRequest request, IReadOnlyList<Reply> replies) =>
        request.KeepReplies is { } keep ? [keep(replies)] : [];

    private IReadOnlyList<IStateWriteParticipant> EventParticipants(TurnContext turn) =>
        turn.Events.Count > 0 && _events?.Participant(turn.Events) is { } participant ? [participant] : [];

    /// <summary>A turn that saved no state still keeps the replies it answers with, for a channel that keeps them.</summary>
    private async Task<TurnResponse> KeepUnsavedAsync(TurnRequest request, TurnResponse response, CancellationToken cancellationToken)
    {
        if (request.KeepReplies is not null)
            await _states.CommitAsync(Participants(request, response.Replies), cancellationToken);
        return response;
    }

    private async Task<IReadOnlyList<Reply>> RunIdleTurnAsync(
        ConversationKey key, TurnRequest request, DialogState state, CancellationToken cancellationToken)
    {
        var turn = CreateTurn(request);
        if (!await TryRunDialogsAsync(key, turn, state, cancellationToken))
            return [];
        // The idle turn saves no state (the conversation is deleted next), so its events are kept on their own.
        if (EventParticipants(turn) is { Count: > 0 } participants)
            await _states.CommitAsync(participants, cancellationToken);
        return turn.Outbox;
    }

    private async Task<bool> TryRunDialogsAsync(ConversationKey key, TurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        try
        {
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
}
