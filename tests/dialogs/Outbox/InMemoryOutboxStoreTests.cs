using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Dialogs.Tests.Outbox;

public sealed class InMemoryOutboxStoreTests : OutboxStoreContract
{
    protected override IOutboxStore CreateSut() => new InMemoryOutboxStore();
}
