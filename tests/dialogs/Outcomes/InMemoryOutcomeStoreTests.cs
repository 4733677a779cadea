using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Tests.Outcomes;

namespace RdpHelpBot.Dialogs.Tests.Outcomes;

public sealed class InMemoryOutcomeStoreTests : OutcomeStoreContract
{
    protected override IOutcomeStore CreateSut() => new InMemoryOutcomeStore();
}
