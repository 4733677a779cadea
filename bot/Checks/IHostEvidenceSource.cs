namespace RdpHelpBot.Bot.Checks;

/// <summary>
/// A way of learning about an allowed host from the bot's side: the RDP probe from outside, or the host's own
/// agent from inside. Sources never throw for what the host does; they report it in <see cref="HostEvidence"/>.
/// </summary>
internal interface IHostEvidenceSource
{
    /// <summary>Whether this source can say anything about the host (an agent is configured only for some hosts).</summary>
    bool Covers(CheckedHost host);

    Task<HostEvidence> CollectAsync(CheckedHost host, CancellationToken cancellationToken);
}
