using RdpHelpBot.Bot.Channels.Inbound;

namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// The claims on the inbound items of a store only one process uses (SQLite, memory), kept in that process: they end
/// with it, so the next start finds every unhandled item free and runs it at once. Only items claimed and not yet
/// handled are kept here.
/// </summary>
internal sealed class InProcessInboundClaims
{
    private readonly Dictionary<(string Channel, string Id), InboundClaim> _claims = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _claims.Count;
        }
    }

    public void Claim(string channel, string id, InboundClaim claim)
    {
        lock (_gate)
            _claims[(channel, id)] = claim;
    }

    /// <summary>Claims the item unless another claim on it is still running at <see cref="InboundClaim.Now"/>; true when claimed.</summary>
    public bool TryClaim(string channel, string id, InboundClaim claim)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue((channel, id), out var held) && held.Until > claim.Now)
                return false;
            _claims[(channel, id)] = claim;
            return true;
        }
    }

    /// <summary>Extends the owner's claims; forgets those on items no longer <paramref name="unhandled"/>.</summary>
    public void Renew(InboundClaim claim, Func<(string Channel, string Id), bool> unhandled)
    {
        lock (_gate)
        {
            foreach (var (key, held) in _claims.ToList())
            {
                if (!unhandled(key))
                    _claims.Remove(key);
                else if (held.Owner == claim.Owner)
                    _claims[key] = held with { Until = claim.Until };
            }
        }
    }

    public void Forget(string channel, string id)
    {
        lock (_gate)
            _claims.Remove((channel, id));
    }
}
