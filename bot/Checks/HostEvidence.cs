using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks;

/// <summary>What one evidence source found, or why it could not look (<see cref="Problem"/>, in plain words).</summary>
internal sealed record HostEvidence(string Source, IReadOnlyList<HostFinding> Findings, string? Problem = null);
