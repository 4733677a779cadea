using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Dialogs.Tests.Escalation;

public sealed class InMemoryTicketLogTests : TicketLogContract
{
    protected override ITicketLog CreateSut() => new InMemoryTicketLog();
}
