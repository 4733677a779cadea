using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.Inbound;

/// <summary>
/// This instance's claims on inbound items: one owner for the life of the process, each claim lasting
/// <see cref="StorageOptions.InboundClaimTimeout"/> from the moment it is made or renewed.
/// </summary>
internal sealed class InboundClaims(TimeProvider time, IOptions<StorageOptions> options)
{
    /// <summary>This process, as the claims name it: machine, process id and a random part (a process id is reused).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public TimeSpan Timeout => options.Value.InboundClaimTimeout;

    /// <summary>A claim made now, lasting <see cref="Timeout"/>.</summary>
    public InboundClaim Now()
    {
        var now = time.GetUtcNow();
        return new InboundClaim(Owner, now, now + Timeout);
    }
}

/// <summary>A channel whose inbound items an instance runs when nobody holds them.</summary>
internal interface IInboundChannel
{
    /// <summary>Queues the channel's kept, unhandled items that no running instance holds, claiming them; returns how many.</summary>
    Task<int> TakeOverAsync(CancellationToken cancellationToken);
}
