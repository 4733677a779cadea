using RdpHelpBot.Bot.Channels.Inbound;

namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// The claims on the inbound items of a store only one process uses (SQLite, memory), kept in that process: they end
/// with it, so the next start finds every unhandled item free and runs it at once. Only items claimed and not yet
/// handled are kept here: an item is forgotten as it is marked handled, so renewing touches only what is held.
/// </summary>
internal sealed class InProcessInboundClaims
{
    /// <summary>The owner of a failed turn's item waiting out its back-off: nobody, so no renewal extends it.</summary>
    private const string Nobody = "";

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

    /// <summary>
    /// Whether <paramref name="owner"/> may still mark the item handled or retry it: nobody else took it over since.
    /// An item with no claim here is one whose handled mark was written and then not kept (its transaction failed),
    /// still its owner's to retry; one waiting out a back-off is nobody's.
    /// </summary>
    public bool IsHeldBy(string channel, string id, string owner)
    {
        lock (_gate)
            return !_claims.TryGetValue((channel, id), out var held) || held.Owner == owner;
    }

    /// <summary>
    /// Notes what became of a failed turn's item, by whether its store gave it up (<paramref name="givenUp"/>; null: it
    /// was handled already): given up, it is forgotten; else nobody holds it, and it is free to take from <paramref name="until"/>.
    /// </summary>
    public InboundRetry Retried(string channel, string id, DateTimeOffset until, bool? givenUp)
    {
        lock (_gate)
        {
            if (givenUp is not false)
            {
                _claims.Remove((channel, id));
                return givenUp is null ? InboundRetry.NotHeld : InboundRetry.GivenUp;
            }
            _claims[(channel, id)] = new InboundClaim(Nobody, until, until);
            return InboundRetry.Later;
        }
    }

    /// <summary>Extends the owner's claims.</summary>
    public void Renew(InboundClaim claim)
    {
        lock (_gate)
        {
            foreach (var (key, held) in _claims.ToList())
            {
                if (held.Owner == claim.Owner)
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
