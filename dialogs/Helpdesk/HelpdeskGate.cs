using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// Runs before the dialogs on every turn: a turn in the thread of a live case is the helpdesk's (<see cref="HelpdeskDesk"/>),
/// a turn in the conversation of a live case is the user's to relay (<see cref="CaseRelay"/>), an answer to a rating
/// goes to <see cref="RatingPrompt"/>; any other turn is left to the dialogs. What the gate does is recorded on the
/// turn and kept with its state.
/// </summary>
public sealed class HelpdeskGate
{
    private readonly HelpdeskServices _services;
    private readonly HelpdeskDesk _desk;
    private readonly CaseRelay _relay;
    private readonly RatingPrompt? _ratings;

    public HelpdeskGate(HelpdeskServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _ratings = services.Ratings is { } ratings ? new RatingPrompt(ratings) : null;
        _desk = new HelpdeskDesk(services, _ratings);
        _relay = new CaseRelay();
    }

    /// <summary>The helpdesk records <paramref name="turn"/> keeps (cases, audit, ratings), written with its state; null when it keeps none.</summary>
    public Storage.IStateWriteParticipant? Participant(TurnContext turn) =>
        HelpdeskRecords.Any(turn) ? new HelpdeskRecords(turn, _services) : null;

    /// <summary>Whether the gate answered the turn; false: the dialogs run as usual.</summary>
    public async Task<bool> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.EventName is not null)
            return false;
        var key = new ConversationKey(turn.ChannelId, turn.ConversationId);
        if (await _services.Cases.FindLiveAsync(key, cancellationToken) is { } live)
        {
            if (live.UserConversation == key)
                await _relay.HandleAsync(turn, live, cancellationToken);
            else
                await _desk.HandleAsync(turn, live, live.Threads.First(thread => thread.Thread == key), cancellationToken);
            return true;
        }
        if (HelpdeskActions.IsAction(turn.ChoiceValue))
        {
            // A click on the card of a case that is no longer live (resolved, or the user went back to the bot).
            await turn.SendAsync(new Replies.Reply(HelpdeskTexts.NotLive), cancellationToken);
            return true;
        }
        return _ratings is not null && await _ratings.HandleAnswerAsync(turn, key, cancellationToken);
    }
}
