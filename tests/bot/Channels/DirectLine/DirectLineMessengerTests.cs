using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>Messages the bot sends on its own to a Direct Line conversation, through the outbox.</summary>
public sealed class DirectLineMessengerTests
{
    [Fact]
    public async Task Message_ToAConversation_IsReadFromTheClientsWatermarkAsABotActivity()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var seen = (await server.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString()!;

        await SendAsync(server, ConversationAddress.Conversation("directline", conversation.Id), "Your case was picked up by the helpdesk.");

        var later = await server.GetActivitiesAsync(conversation, seen);
        var activity = Assert.Single(later.GetProperty("activities").EnumerateArray());
        Assert.Equal("Your case was picked up by the helpdesk.", activity.GetProperty("text").GetString());
        Assert.Equal("bot", activity.GetProperty("from").GetProperty("role").GetString());
        Assert.NotEqual(seen, later.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Message_SentAgainBeforeTheOutboxNotedItDelivered_AppearsOnce()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var seen = (await server.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString()!;
        var messenger = server.Services.GetServices<IChannelMessenger>().OfType<RdpHelpBot.Bot.Channels.DirectLine.DirectLineMessenger>().Single();
        var message = new OutgoingMessage("m1", ConversationAddress.Conversation("directline", conversation.Id), [new Reply("Your case was picked up.")]);

        await messenger.SendAsync(message, TestContext.Current.CancellationToken);
        var again = await messenger.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Delivered, again.Outcome);
        Assert.Single((await server.GetActivitiesAsync(conversation, seen)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Message_ToAnUnknownConversation_IsGivenUpOn()
    {
        await using var server = await DirectLineServer.StartAsync();

        await SendAsync(server, ConversationAddress.Conversation("directline", "no-such-conversation"), "Hello.");

        var dead = await server.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Dead, TestContext.Current.CancellationToken);
        Assert.Contains("Direct Line conversation", Assert.Single(dead).Reason, StringComparison.Ordinal);
    }

    private static async Task SendAsync(DirectLineServer server, ConversationAddress to, string text)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<IProactiveMessenger>().QueueAsync([new OutgoingMessage("m1", to, [new Reply(text)])], cancellationToken);
        await server.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken);
    }
}
