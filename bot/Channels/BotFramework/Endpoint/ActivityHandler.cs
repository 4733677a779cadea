using System.Net;
using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// Acts on an authenticated activity: a message is answered at once and its turn runs afterwards (see
/// <see cref="InboundActivities"/>); a card click (<c>adaptiveCard/action</c>) needs its answer in the response, so
/// its turn runs within the request (a card answers one click; see <see cref="CardClicks"/>). Either way the replies
/// go through the outbox to the Connector. Conversations are kept for proactive messages (see
/// <see cref="KnownConversations"/>): being added stores one and, the first time, welcomes; a message refreshes it;
/// being removed, or the Connector refusing it as gone, forgets it. A team's channel talk not meant for the bot (see
/// <see cref="ChannelMessages"/>) and other activity types are acknowledged and nothing runs.
/// </summary>
internal sealed class ActivityHandler(
    InboundActivities inbound,
    KnownConversations conversations,
    CardClicks clicks,
    ChannelMessages channelMessages)
{
    /// <param name="signedByChannel">Whether the channel's token vouched for the activity and the user it names.</param>
    public Task<ActivityResult> HandleAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken) => activity.Type switch
    {
        ActivityTypes.Message => MessageAsync(activity, signedByChannel, cancellationToken),
        ActivityTypes.Invoke => InvokeAsync(activity, signedByChannel, cancellationToken),
        ActivityTypes.ConversationUpdate => ConversationUpdateAsync(activity, cancellationToken),
        ActivityTypes.InstallationUpdate => InstallationUpdateAsync(activity, cancellationToken),
        _ => Task.FromResult(ActivityResult.Ok),
    };

    private async Task<ActivityResult> MessageAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken) =>
        await channelMessages.IsForTheBotAsync(activity, cancellationToken)
            ? await inbound.AcceptAsync(activity, signedByChannel, cancellationToken)
            : ActivityResult.Ok;

    private async Task<ActivityResult> InvokeAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken)
    {
        if (activity.Name != ChoiceValueReader.AdaptiveCardActionInvoke)
            return OtherInvokes.Answer(activity);
        if (InvokeProblem(activity) is { } problem)
            return ActivityResult.Invoke(HttpStatusCode.BadRequest, InvokeResponses.Error(HttpStatusCode.BadRequest, problem));
        var click = clicks.Record(activity, ChoiceValueReader.Read(activity)!);
        // Teams retries a slow Action.Execute and a double click sends it twice: a kept one runs no second turn.
        if (click.IsFirst && await inbound.KeepAsync(activity, signedByChannel, cancellationToken) is { } inboundId)
            await inbound.RunKeptAsync(inboundId, activity, signedByChannel, cancellationToken);
        return ActivityResult.Invoke(HttpStatusCode.OK, click.Answer);
    }

    private static string? InvokeProblem(Activity activity)
    {
        var value = InvokeResponses.ReadValue(activity);
        if (value?.Action is not { } action)
            return "The adaptiveCard/action invoke has no value.action.";
        if (action.Type != ExecuteActionType)
            return $"The action type is '{action.Type}'; only Action.Execute is invoked.";
        if (action.Verb != ChoiceButtons.Verb)
            return $"The verb '{action.Verb}' is not one this bot's cards use.";
        return ChoiceValueReader.Read(activity) is null ? "The action's data has no choice value." : null;
    }

    private const string ExecuteActionType = "Action.Execute";

    private async Task<ActivityResult> ConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient!.Id;
        if (activity.MembersRemoved?.Any(member => member.Id == botId) == true)
        {
            await conversations.RemoveAsync(activity, cancellationToken);
            return ActivityResult.Ok;
        }
        if (activity.MembersAdded?.Any(member => member.Id == botId) == true)
            return await AddedAsync(activity, cancellationToken);
        // A helpdesk team may be named by its name: keep the new one.
        if (TeamsChannelData.From(activity.ChannelData)?.EventType == TeamRenamed)
            await conversations.AddAsync(activity, cancellationToken);
        return ActivityResult.Ok;
    }

    private const string TeamRenamed = "teamRenamed";

    private async Task<ActivityResult> InstallationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        {
            await conversations.RemoveAsync(activity, cancellationToken);
            return ActivityResult.Ok;
        }
        return activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            ? await AddedAsync(activity, cancellationToken)
            : ActivityResult.Ok;
    }

    /// <summary>Teams may send both an installationUpdate and a conversationUpdate, or only one: welcome once.</summary>
    private async Task<ActivityResult> AddedAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await conversations.AddAsync(activity, cancellationToken))
            return ActivityResult.Ok;
        var result = await inbound.AcceptAsync(activity, signedByChannel: false, cancellationToken);
        // Not taken: the conversation is new again, so that the channel's retry still welcomes.
        if (result.Status != HttpStatusCode.OK)
            await conversations.RemoveAsync(activity, CancellationToken.None);
        return result;
    }
}
