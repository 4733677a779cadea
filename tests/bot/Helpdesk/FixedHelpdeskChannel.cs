using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>A helpdesk channel always reachable at <paramref name="address"/> (a Teams team's channel in these tests).</summary>
internal sealed class FixedHelpdeskChannel(ConversationAddress address) : IHelpdeskChannel
{
    public string Name => "the helpdesk's Teams channel";

    public Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken) => Task.FromResult<ConversationAddress?>(address);
}
