using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Channels.BotFramework.Helpdesk;

/// <summary>
/// The Teams channel of <see cref="TeamsHelpdeskOptions"/>. Where it is comes from the reference stored when the app
/// was added to the team (its Connector, the bot's account and the tenant): until then there is nowhere to post, and
/// the operator is told once to add the app. A channel named by its name is looked up among the team's channels once.
/// </summary>
internal sealed partial class TeamsHelpdeskChannel(
    IOptions<TeamsHelpdeskOptions> options,
    IConversationReferenceStore references,
    ConnectorClient connector,
    TimeProvider time,
    ILogger<TeamsHelpdeskChannel> logger) : IHelpdeskChannel
{
    private const string General = "General";

    private readonly Lock _warned = new();
    private readonly HashSet<string> _warnings = [];
    private volatile string? _channelId;

    private TeamsHelpdeskOptions Settings => options.Value;

    public string Name => $"the Teams channel '{Settings.Channel ?? General}' of the team '{Settings.Team}'";

    public async Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken)
    {
        if (await TeamAsync(cancellationToken) is not { TeamId: { } teamId } team)
        {
            WarnOnce("team", () => LogNotAdded(Settings.Team!));
            return null;
        }
        if (await ChannelIdAsync(team, teamId, cancellationToken) is not { } channelId)
            return null;
        if (channelId != team.ConversationId && await references.GetAsync(team.ChannelId, channelId, cancellationToken) is null)
        {
            // Kept like the team's own reference, so that the card, and replies under it, are sent as the bot in the tenant.
            await references.AddAsync(team with { ConversationId = channelId, User = null, TeamsChannelId = channelId, Stored = time.GetUtcNow() }, cancellationToken);
        }
        return ConversationAddress.Conversation(team.ChannelId, channelId) with { ServiceUrl = team.ServiceUrl };
    }

    /// <summary>The freshest reference in the team, its own (the General channel's, kept on install) first.</summary>
    private async Task<StoredConversation?> TeamAsync(CancellationToken cancellationToken)
    {
        var team = Settings.Team!.Trim();
        return (await references.ListAsync(cancellationToken))
            .Where(stored => stored.ChannelId == ActivityRenderingOptions.TeamsChannelId && stored.TeamId is not null
                             && (stored.TeamId == team || string.Equals(stored.TeamName, team, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(stored => stored.ConversationId == stored.TeamId)
            .ThenByDescending(stored => stored.Stored)
            .FirstOrDefault();
    }

    /// <summary>The channel's id, or null when the team has none of that name or its channels cannot be listed now.</summary>
    private async Task<string?> ChannelIdAsync(StoredConversation team, string teamId, CancellationToken cancellationToken)
    {
        var channel = Settings.Channel?.Trim();
        // A team's General channel has the team's id.
        if (channel is null)
            return teamId;
        if (TeamsIds.LooksLikeId(channel))
            return channel;
        if (_channelId is { } known)
            return known;
        IReadOnlyList<TeamsIdentifier> channels;
        try
        {
            channels = await connector.GetTeamChannelsAsync(new Uri(team.ServiceUrl), teamId, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or UntrustedServiceUrlException)
        {
            // Asked again for the next case; this one waits for a ticket or the re-ping.
            LogChannelsUnknown(exception.GetType().Name);
            return null;
        }
        var found = channels.FirstOrDefault(candidate => string.Equals(candidate.Name ?? General, channel, StringComparison.OrdinalIgnoreCase))?.Id;
        if (found is null)
            WarnOnce("channel", () => LogNoSuchChannel(channel, Settings.Team!));
        _channelId = found;
        return found;
    }

    private void WarnOnce(string what, Action log)
    {
        lock (_warned)
        {
            if (!_warnings.Add(what))
                return;
        }
        log();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No case can be posted to the helpdesk's Teams channel yet: add the app to the team '{Team}' (Escalation:Teams:Team), so that the bot learns where it is")]
    private partial void LogNotAdded(string team);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No case can be posted to the helpdesk's Teams channel: the team '{Team}' has no channel named '{Channel}' (Escalation:Teams:Channel)")]
    private partial void LogNoSuchChannel(string channel, string team);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The helpdesk team's channels could not be listed ({ExceptionType}); the case is not posted to Teams")]
    private partial void LogChannelsUnknown(string exceptionType);
}
