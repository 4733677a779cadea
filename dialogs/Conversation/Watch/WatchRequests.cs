using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Watch;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Certificate warnings in the chat, at any point: "watch rdp01.contoso.com", "stop watching …", "what am I
/// watching?", and the buttons of a warning (show me how to renew, snooze, check now) and of the offer of warnings.
/// "Show me how to renew" opens a case for the host with the certificate's evidence in it, so the renewal comes first.
/// </summary>
internal sealed class WatchRequests(CaseServices services)
{
    private readonly HostCheckRunner checks = new(services);

    public static WatchRequester Requester(TurnContext turn) => new(HostCheckRunner.Requester(turn), turn.ConversationId);

    /// <summary>
    /// Answers a watch request or click; <paramref name="open"/> is the case open in the conversation, if any. Returns
    /// what became of the turn: not a watch request, answered, or a case opened or changed by "Show me how to renew".
    /// </summary>
    public async Task<WatchTurn> HandleAsync(TurnContext turn, Understanding understanding, CaseFile? open, CancellationToken cancellationToken)
    {
        if (WatchActions.Read(turn.ChoiceValue) is { } click)
            return await ClickAsync(turn, click, open, cancellationToken);
        if (understanding.Intents.FirstOrDefault(IsWatchIntent) is not { } intent)
            return WatchTurn.NotHandled;
        if (services.Watch is not { } watch)
        {
            await SayAsync(turn, ConversationTexts.NoWatch, cancellationToken);
            return WatchTurn.Answered;
        }
        var who = Requester(turn);
        var answer = intent.Kind switch
        {
            IntentKind.ListWatches => await watch.ListAsync(who, cancellationToken),
            IntentKind.StopWatching when intent.Host is { } host => await watch.StopAsync(who, host, cancellationToken),
            IntentKind.StopWatching => ConversationTexts.WhichHostToStop,
            _ when intent.Host is { } host => await watch.WatchAsync(who, host, cancellationToken),
            _ => ConversationTexts.WhichHostToWatch,
        };
        await SayAsync(turn, answer, cancellationToken);
        return WatchTurn.Answered;
    }

    /// <summary>"Shall I warn you before this host's certificate expires?" after a case about a host is resolved, when the user may have it.</summary>
    public async Task OfferAsync(TurnContext turn, CaseFile file, CancellationToken cancellationToken)
    {
        if (services.Watch is { } watch && file.Host is { } host && await watch.ShouldOfferAsync(Requester(turn), host, cancellationToken))
            await turn.SendAsync(new Reply(ConversationTexts.OfferWatch(host), WatchActions.OfferButtons(host)), cancellationToken);
    }

    private static bool IsWatchIntent(Intent intent) => intent.Kind is IntentKind.WatchHost or IntentKind.StopWatching or IntentKind.ListWatches;

    private async Task<WatchTurn> ClickAsync(TurnContext turn, WatchClick click, CaseFile? open, CancellationToken cancellationToken)
    {
        if (click.Kind == WatchClickKind.CheckNow)
        {
            var result = await checks.RunAsync(turn, click.Host!.Typed, cancellationToken);
            return open is not null && result is { Refused: false } ? WatchTurn.Changed(checks.Record(open, result)) : WatchTurn.Answered;
        }
        if (click.Kind == WatchClickKind.Renew)
            return await RenewAsync(turn, click, open, cancellationToken);
        if (services.Watch is not { } watch)
        {
            await SayAsync(turn, ConversationTexts.NoWatch, cancellationToken);
            return WatchTurn.Answered;
        }
        var who = Requester(turn);
        switch (click.Kind)
        {
            case WatchClickKind.Snooze:
                await SayAsync(turn, await watch.SnoozeAsync(who, click.Host!, click.Snooze!.Value, cancellationToken), cancellationToken);
                break;
            case WatchClickKind.OfferAccepted:
                await SayAsync(turn, await watch.WatchAsync(who, click.TypedHost!, cancellationToken), cancellationToken);
                break;
            default:
                await watch.DeclineOfferAsync(who, click.TypedHost!, cancellationToken);
                await SayAsync(turn, ConversationTexts.WatchDeclined(click.TypedHost!), cancellationToken);
                break;
        }
        return WatchTurn.Answered;
    }

    /// <summary>
    /// The certificate's evidence joins the case (a new one, without questions: the warning already said what is
    /// wrong), so the fix that renews the certificate comes first.
    /// </summary>
    private async Task<WatchTurn> RenewAsync(TurnContext turn, WatchClick click, CaseFile? open, CancellationToken cancellationToken)
    {
        var host = click.Host!;
        IEnumerable<string> facts = services.Knowledge.Facts.ContainsKey(click.EvidenceFact!) ? [click.EvidenceFact!] : [];
        await SayAsync(turn, ConversationTexts.RenewStarts(host.Display), cancellationToken);
        if (open is not null)
        {
            // No more questions: the fixes come next, in the order the new evidence gives them.
            return WatchTurn.Changed(open with
            {
                Host = open.Host ?? host.Typed,
                Evidence = open.Evidence.WithFacts(facts, services.Knowledge),
                QuestionLimit = Math.Min(open.QuestionLimit, open.Evidence.QuestionsAsked),
            });
        }
        var opened = CaseOpener.Open(services, turn, Understanding.Nothing) with
        {
            Host = host.Typed,
            CheckOffered = true,
            QuestionLimit = 0,
        };
        return WatchTurn.Opened(opened with { Evidence = opened.Evidence.WithFacts(facts, services.Knowledge) });
    }

    private static Task SayAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(new Reply(text), cancellationToken);
}

/// <summary>What a turn came to for the watch: not its business, answered, or a case opened or changed.</summary>
internal sealed record WatchTurn(bool Handled, CaseFile? Case, bool IsNew)
{
    public static WatchTurn NotHandled { get; } = new(false, null, false);

    public static WatchTurn Answered { get; } = new(true, null, false);

    public static WatchTurn Opened(CaseFile file) => new(true, file, true);

    public static WatchTurn Changed(CaseFile file) => new(true, file, false);
}
