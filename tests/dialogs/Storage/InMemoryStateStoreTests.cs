using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Dialogs.Tests.Storage;

public sealed class InMemoryStateStoreTests : StateStoreContract
{
    protected override IStateStore CreateSut() => new InMemoryStateStore(Time);
}
