using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>Renders a turn's replies for the channel the activity came from and sends them, in order, as replies to it.</summary>
internal sealed class ReplySender(ConnectorClient connector, SentCards cards)
{
    public async Task SendAsync(Activity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var options = ActivityRenderingOptions.ForChannel(incoming.ChannelId);
        foreach (var reply in replies)
        {
            foreach (var activity in MessageSplitter.Render(reply, options))
            {
                var sent = await connector.SendAsync(activity.ReplyTo(incoming), cancellationToken);
                cards.Remember(incoming, activity, sent?.Id);
            }
        }
    }
}
