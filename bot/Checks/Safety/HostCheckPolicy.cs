using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// Decides whether a user may have the bot probe a host, and which single address the probe must use.
/// The name is resolved once and every address is checked, so a second lookup cannot swap in another host.
/// </summary>
internal sealed class HostCheckPolicy
{
    private readonly HostCheckOptions _options;
    private readonly IReadOnlyList<HostPattern> _patterns;
    private readonly IHostResolver _resolver;
    private readonly ICheckAuditLog _audit;
    private readonly TimeProvider _time;
    private readonly CheckRateLimiter _limiter;
    private readonly IMachineAddresses _machine;

    public HostCheckPolicy(IOptions<HostCheckOptions> options, IHostResolver resolver, ICheckAuditLog audit, TimeProvider time, IMachineAddresses machine)
    {
        _machine = machine;
        _options = options.Value;
        _patterns = [.. _options.AllowedHosts.Select(ParsePattern)];
        _resolver = resolver;
        _audit = audit;
        _time = time;
        _limiter = new CheckRateLimiter(_options, time);
    }

    public Task<HostCheckDecision> AuthoriseAsync(CheckUser user, string typed, CancellationToken cancellationToken) =>
        AuthoriseAsync(user.Id, typed, seen => DecideAsync(user, typed, seen, cancellationToken), recordAllowed: true, cancellationToken);

    /// <summary>
    /// A check the certificate watch runs on its schedule, for the hosts people subscribed to when they were allowed
    /// to: the allow-list, ports and address rules as for a user, every address the name resolves to, and the audit
    /// (as <paramref name="requester"/>), without the per-user role and rate limits. A refusal is audited here; an
    /// allowed check's <see cref="HostCheckDecision.Audit"/> is not yet: the caller records it once, with what the
    /// check found (or as it is, when the check is cut short), so a pass writes one audit row per host, not two.
    /// </summary>
    public Task<HostCheckDecision> AuthoriseScheduledAsync(string requester, string typed, CancellationToken cancellationToken) =>
        AuthoriseAsync(requester, typed, seen => DecideForHostAsync(HostTargetNormaliser.Normalise(typed), seen, cancellationToken),
            recordAllowed: false, cancellationToken);

    /// <summary>
    /// Why <paramref name="user"/> (or, without one, anybody) may not watch <paramref name="typed"/>: the role, the
    /// allow-list and the port, without resolving the name; null when they may.
    /// </summary>
    public string? WatchRefusal(CheckUser? user, string typed)
    {
        var parsed = HostTargetNormaliser.Normalise(typed);
        if (parsed.Target is not { } target)
            return parsed.Error;
        if (user is not null && !IsAllowedUser(user))
            return $"{user.Id} is not among the people who may have hosts checked (Checks:AllowedUsers).";
        if (!IsOnList(target))
            return $"{target.Display} is not on the list of hosts I may check.";
        return _options.EffectivePorts.Contains(target.Port) ? null : $"Port {target.Port} is not one I may check.";
    }

    private async Task<HostCheckDecision> AuthoriseAsync(
        string requester, string typed, Func<List<IPAddress>, Task<HostCheckDecision>> decide, bool recordAllowed, CancellationToken cancellationToken)
    {
        var addresses = new List<IPAddress>();
        var decision = await decide(addresses).ConfigureAwait(false);
        var entry = new CheckAuditEntry(
            Guid.NewGuid().ToString("N"), _time.GetUtcNow(), requester, typed, decision.Target?.Display, decision.Target?.Port,
            [.. addresses.Select(address => address.ToString())], decision.IsAllowed, decision.Refusal, decision.Message);
        if (recordAllowed || !decision.IsAllowed)
            await _audit.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        return decision with { Audit = entry };
    }

    /// <summary>Whether the user is in a role that may ask for checks at all (used before offering one).</summary>
    public bool IsAllowedUser(CheckUser user) =>
        _options.AllowedUsers.Any(allowed =>
            string.Equals(allowed, user.Id, StringComparison.Ordinal)
            || user.Groups.Contains(allowed, StringComparer.OrdinalIgnoreCase));

    private async Task<HostCheckDecision> DecideAsync(CheckUser user, string typed, List<IPAddress> seen, CancellationToken cancellationToken)
    {
        var parsed = HostTargetNormaliser.Normalise(typed);
        if (parsed.Target is not { } target)
            return HostCheckDecision.Refuse(null, HostCheckRefusal.InvalidTarget, parsed.Error!);
        if (!IsAllowedUser(user))
            return HostCheckDecision.Refuse(target, HostCheckRefusal.UserNotAllowed, "You are not in the group of people who may ask me to check hosts.");
        var limited = _limiter.TryAcquire(user.Id);
        if (limited != HostCheckRefusal.None)
            return HostCheckDecision.Refuse(target, limited, RateLimitMessage(limited));
        return await DecideForHostAsync(parsed, seen, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HostCheckDecision> DecideForHostAsync(HostTargetParse parsed, List<IPAddress> seen, CancellationToken cancellationToken)
    {
        if (parsed.Target is not { } target)
            return HostCheckDecision.Refuse(null, HostCheckRefusal.InvalidTarget, parsed.Error!);
        if (!IsOnList(target))
            return HostCheckDecision.Refuse(target, HostCheckRefusal.HostNotOnList, $"{target.Display} is not on the list of hosts I may check.");
        if (!_options.EffectivePorts.Contains(target.Port))
            return HostCheckDecision.Refuse(target, HostCheckRefusal.PortNotAllowed,
                $"I only check the Remote Desktop port{(_options.EffectivePorts.Count > 1 ? "s" : "")} {string.Join(", ", _options.EffectivePorts)}, not port {target.Port}.");
        seen.AddRange(target.Address is { } literal ? [literal] : await ResolveOnceAsync(target.Name!, cancellationToken).ConfigureAwait(false));
        if (seen.Count == 0)
            return HostCheckDecision.Refuse(target, HostCheckRefusal.NotResolved, $"I could not find an address for {target.Display}.");
        return CheckAddresses(target, seen);
    }

    private HostCheckDecision CheckAddresses(HostTarget target, List<IPAddress> seen)
    {
        var machine = _machine.Current();
        foreach (var address in seen)
        {
            var forbidden = AddressRules.Refusal(address, _options, machine);
            if (forbidden != ForbiddenAddress.None)
                return HostCheckDecision.Refuse(target, HostCheckRefusal.ForbiddenAddress, ForbiddenMessage(target, address, forbidden));
        }
        return HostCheckDecision.Allow(target, seen[0]);
    }

    private async Task<IReadOnlyList<IPAddress>> ResolveOnceAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var resolved = await _resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
            return [.. resolved.Select(HostTargetNormaliser.Canonical).Distinct()];
        }
        catch (SocketException)
        {
            return [];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    private bool IsOnList(HostTarget target) => target.Address is { } address
        ? _patterns.Any(pattern => pattern.Contains(address))
        : _patterns.Any(pattern => pattern.MatchesName(target.Name!));

    private static HostPattern ParsePattern(string entry) =>
        HostPattern.TryParse(entry, out var pattern, out var error)
            ? pattern!
            : throw new OptionsValidationException(HostCheckOptions.SectionName, typeof(HostCheckOptions), [$"Checks:AllowedHosts: {error}"]);

    private string RateLimitMessage(HostCheckRefusal refusal) => refusal == HostCheckRefusal.UserRateLimited
        ? $"You have asked for {_options.ChecksPerUserPerWindow} checks recently; please wait a little before the next one."
        : "I am running as many checks as I may right now; please try again in a minute.";

    private static string ForbiddenMessage(HostTarget target, IPAddress address, ForbiddenAddress reason)
    {
        var what = reason switch
        {
            ForbiddenAddress.Loopback => "the bot's own machine (loopback)",
            ForbiddenAddress.OwnMachine => "the bot's own machine",
            ForbiddenAddress.LinkLocal => "a link-local address",
            ForbiddenAddress.CloudMetadata => "a cloud metadata service",
            ForbiddenAddress.Multicast => "a multicast address",
            ForbiddenAddress.Broadcast => "the broadcast address",
            _ => "an unspecified address",
        };
        var via = target.Address is null ? $"{target.Display} resolves to {address}, which is" : $"{address} is";
        return $"{via} {what}; I do not check such addresses.";
    }
}
