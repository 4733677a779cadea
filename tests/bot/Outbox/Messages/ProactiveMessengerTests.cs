using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Tests.Outbox.Messages;

/// <summary>Messages kept as outbox rows: sent at once after their state change commits, or by the worker when that process could not.</summary>
public sealed class ProactiveMessengerTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOutboxStore _store = new();
    private readonly RecordingMessenger _channel = new("msteams");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly OutgoingMessage Warning = new(
        "warn-rdp01-14d",
        ConversationAddress.Conversation("msteams", "19:abc@thread.tacv2") with { ThreadId = "1700000000000" },
        [new Reply("The certificate of **rdp01** expires in 14 days."), new Reply("Renew it", Card: new Card([new Heading("Renew"), new CommandBlock("certutil -pulse", "cmd")]))]);

    private (ProactiveMessenger Messenger, OutboxDelivery Delivery) CreateSut()
    {
        var options = Options.Create(new OutboxOptions { SendingHold = Hold });
        var delivery = new OutboxDelivery(_store, [new MessageSender([_channel])], options, _time, NullLogger<OutboxDelivery>.Instance);
        return (new ProactiveMessenger(_store, delivery, [_channel], options, _time), delivery);
    }

    [Fact]
    public async Task A_committed_batch_is_sent_at_once_with_its_address_and_replies_intact()
    {
        var (messenger, delivery) = CreateSut();
        var batch = messenger.Prepare([Warning]);
        await batch.WriteAsync(new NoTransaction(), Ct);

        await batch.SendAsync(Ct);

        var sent = Assert.Single(_channel.Sent);
        Assert.Equal(Warning.To, sent.To);
        Assert.Equal(Warning.Replies[0], sent.Replies[0]);
        Assert.Equal(Warning.Replies[1].Card!.Blocks, sent.Replies[1].Card!.Blocks);
        Assert.Single(await _store.ListAsync(OutboxState.Delivered, Ct));
        // The worker finds nothing left to send, now or after the hold.
        _time.Advance(Hold + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await delivery.DeliverDueAsync(Ct));
        Assert.Single(_channel.Sent);
    }

    [Fact]
    public async Task A_batch_its_process_never_sent_is_left_to_the_worker_until_the_hold_has_passed()
    {
        var (messenger, delivery) = CreateSut();
        await messenger.Prepare([Warning]).WriteAsync(new NoTransaction(), Ct);

        Assert.Equal(0, await delivery.DeliverDueAsync(Ct));
        _time.Advance(Hold);
        Assert.Equal(1, await delivery.DeliverDueAsync(Ct));

        Assert.Single(_channel.Sent);
    }

    [Fact]
    public async Task A_queued_message_is_due_at_once_and_the_same_id_queued_again_is_sent_once()
    {
        var (messenger, delivery) = CreateSut();
        await messenger.QueueAsync([Warning], Ct);
        await messenger.QueueAsync([Warning], Ct);

        await delivery.DeliverDueAsync(Ct);

        Assert.Single(_channel.Sent);
    }

    [Fact]
    public async Task A_message_for_a_channel_no_messenger_serves_is_dead_lettered_naming_the_channel()
    {
        var (messenger, delivery) = CreateSut();
        await messenger.QueueAsync([Warning with { Id = "to-slack", To = ConversationAddress.Conversation("slack", "T1:C1") }], Ct);

        await delivery.DeliverDueAsync(Ct);

        var dead = Assert.Single(await _store.ListAsync(OutboxState.Dead, Ct));
        Assert.Contains("'slack'", dead.Reason, StringComparison.Ordinal);
        Assert.Empty(_channel.Sent);
    }

    [Fact]
    public async Task A_failed_send_after_commit_is_rescheduled_for_the_worker_not_lost()
    {
        var (messenger, delivery) = CreateSut();
        _channel.Next = new DeliveryResult(DeliveryOutcome.Retryable, "503 from the Connector");
        var batch = messenger.Prepare([Warning]);
        await batch.WriteAsync(new NoTransaction(), Ct);

        await batch.SendAsync(Ct);

        var pending = Assert.Single(await _store.ListAsync(OutboxState.Pending, Ct));
        Assert.Equal(1, pending.Attempts);
        _channel.Next = DeliveryResult.Delivered;
        _time.Advance(TimeSpan.FromHours(1));
        await delivery.DeliverDueAsync(Ct);
        Assert.Equal(2, _channel.Sent.Count);
        Assert.Single(await _store.ListAsync(OutboxState.Delivered, Ct));
    }

    private sealed class NoTransaction : IStateTransaction;

    private sealed class RecordingMessenger(string channelId) : IChannelMessenger
    {
        public List<OutgoingMessage> Sent { get; } = [];

        public DeliveryResult Next { get; set; } = DeliveryResult.Delivered;

        public bool Serves(ConversationAddress to) => to.ChannelId == channelId;

        public HelpdeskThread? StartedThread(ConversationAddress to, string postedId) => null;

        public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.FromResult(Next);
        }
    }
}
