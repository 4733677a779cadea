using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Tests.Helpdesk;

namespace RdpHelpBot.Dialogs.Tests.Helpdesk;

public sealed class InMemoryCaseStoreTests : CaseStoreContract
{
    protected override ICaseStore CreateSut() => new InMemoryCaseStore();
}
