using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>
/// The outbox's messenger for the turn pipeline, looked up on first use: the channels' messengers that the outbox
/// delivers through run turns themselves, so taking the messenger when the pipeline is made would go round in a circle.
/// </summary>
internal sealed class DeferredProactiveMessenger(IServiceProvider services) : IProactiveMessenger
{
    private readonly Lazy<IProactiveMessenger> _messenger = new(() => services.GetService<IProactiveMessenger>()
        ?? throw new InvalidOperationException("A turn sends to another conversation, but the outbox is not set up (AddOutbox)."));

    public bool CanSend(ConversationAddress to) => _messenger.Value.CanSend(to);

    public IOutgoingBatch Prepare(IReadOnlyList<OutgoingMessage> messages) => _messenger.Value.Prepare(messages);

    public Task QueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        _messenger.Value.QueueAsync(messages, cancellationToken);
}
