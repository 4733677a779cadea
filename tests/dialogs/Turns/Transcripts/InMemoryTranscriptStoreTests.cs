using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Tests.Storage;

namespace RdpHelpBot.Dialogs.Tests.Turns.Transcripts;

public sealed class InMemoryTranscriptStoreTests : TranscriptStoreContract
{
    protected override ITranscriptStore CreateSut() => new InMemoryTranscriptStore();
}
