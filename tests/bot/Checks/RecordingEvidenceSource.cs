using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Tests.Checks;

/// <summary>An evidence source that remembers the hosts it was given and answers with fixed findings, or fails as told.</summary>
internal sealed class RecordingEvidenceSource(IReadOnlyList<HostFinding> findings, bool covers = true) : IHostEvidenceSource
{
    public List<CheckedHost> Asked { get; } = [];

    /// <summary>Set to make the source throw, or never finish (a task that waits for cancellation).</summary>
    public Func<CancellationToken, Task>? Misbehave { get; init; }

    public bool Covers(CheckedHost host) => covers;

    public async Task<HostEvidence> CollectAsync(CheckedHost host, CancellationToken cancellationToken)
    {
        Asked.Add(host);
        if (Misbehave is not null)
            await Misbehave(cancellationToken);
        return new HostEvidence("recording", findings);
    }
}
