using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Watch;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// Runs the turn of an activity and sends its replies through the outbox: the replies are kept as one outgoing
/// message in the turn's own transaction, together with the mark that the inbound activity was handled, and sent
/// once it has committed. A crash leaves either the activity to run again or its replies to deliver, never both.
/// While the turn takes a while, the user sees the bot typing. The time zone Teams says the person is in is learnt for
/// their certificate warnings' quiet hours and digest.
/// </summary>
internal sealed class BotFrameworkTurns(
    TurnPipeline pipeline, IProactiveMessenger messenger, InboundRuns inbound, TypingIndicator typing, WatchTimeZones zones)
{
    /// <param name="inboundId">The activity's item in the inbound store (<see cref="InboundActivities.Channel"/>), marked handled with the turn; null when it was not kept.</param>
    public async Task RunAsync(Activity activity, TurnRequest request, string? inboundId, CancellationToken cancellationToken)
    {
        IOutgoingBatch? committed = null;
        var keep = request with
        {
            // Called once per attempt; the attempt that commits is the last one, so its batch is the one to send.
            KeepReplies = replies =>
            {
                var batch = messenger.Prepare(replies.Count == 0 ? [] : [new OutgoingMessage(MessageId(activity, inboundId), Address(activity), replies)]);
                committed = batch;
                return inboundId is null ? batch : new StateWriteParticipants([inbound.Handled(InboundActivities.Channel, inboundId), batch]);
            },
        };
        await using (typing.Start(activity, cancellationToken))
            await pipeline.ProcessAsync(keep, cancellationToken);
        if (committed is not null)
            await committed.SendAsync(cancellationToken);
        // After the turn, so a host the person just asked to watch is among theirs. Only a signed activity's sender is
        // the person it names.
        if (request.VerifiedUserId is not null && activity.From?.Id is { } from)
            await zones.LearnAsync(WatchSubscriber.ForUser(activity.ChannelId ?? "", from), activity.LocalTimezone, cancellationToken);
    }

    /// <summary>The outbox row of an activity's replies: the same activity always answers to the same row.</summary>
    private static string MessageId(Activity activity, string? inboundId) =>
        $"{InboundActivities.Channel}:{inboundId ?? InboundActivities.Id(activity)}";

    /// <summary>Back to the conversation at the activity's Connector, as a reply to it (as the SDK's <c>CreateReply</c> does).</summary>
    private static ConversationAddress Address(Activity activity)
    {
        var addressed = new Activity().ReplyTo(activity);
        return new ConversationAddress(activity.ChannelId ?? "")
        {
            ConversationId = activity.Conversation!.Id,
            ReplyToId = addressed.ReplyToId,
            UserId = activity.From?.Id,
            ServiceUrl = activity.ServiceUrl,
        };
    }
}
