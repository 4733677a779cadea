using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine.History;

public sealed class InMemoryDirectLineHistoryTests : DirectLineHistoryContract
{
    private protected override IDirectLineHistory CreateSut() => new InMemoryDirectLineHistory();
}
