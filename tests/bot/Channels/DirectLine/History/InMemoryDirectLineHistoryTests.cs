using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine.History;

public sealed class InMemoryDirectLineHistoryTests : DirectLineHistoryContract
{
    private protected override IDirectLineHistory CreateSut() => new InMemoryDirectLineHistory();
}
