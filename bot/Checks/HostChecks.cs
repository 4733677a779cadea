using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks;

/// <summary>
/// Host checks as the conversation asks for them: the safety policy decides (and audits) first; then every
/// evidence source that covers the host looks at the one address the policy checked, all within
/// <see cref="HostCheckOptions.CheckTimeout"/>; what they found is audited under the same entry.
/// </summary>
internal sealed partial class HostChecks(
    HostCheckPolicy policy,
    CheckIdentities identities,
    IEnumerable<IHostEvidenceSource> sources,
    ICheckAuditLog audit,
    IOptions<HostCheckOptions> options,
    TimeProvider time,
    ILogger<HostChecks> logger) : IHostChecks
{
    public const string UnverifiedMessage =
        "I can only check hosts for people whose identity the chat confirms (Teams, Slack or the terminal), and this chat does not.";

    public bool IsAvailableTo(CheckRequester requester) => identities.For(requester) is { } user && policy.IsAllowedUser(user);

    public async Task<HostCheckResult> CheckAsync(CheckRequester requester, string host, CancellationToken cancellationToken)
    {
        if (identities.For(requester) is not { } user)
            return await RefuseUnverifiedAsync(requester, host, cancellationToken);
        var decision = await policy.AuthoriseAsync(user, host, cancellationToken);
        if (!decision.IsAllowed)
            return HostCheckResult.Refusal(decision.Target?.Display ?? host, decision.Message);
        var target = new CheckedHost(decision.Target!.Display, decision.ConnectTo!, decision.Target.Port);
        var evidence = await CollectAsync(target, cancellationToken);
        var findings = evidence.SelectMany(e => e.Findings).DistinctBy(f => f.FactId).ToList();
        var problems = evidence.Select(e => e.Problem).OfType<string>().ToList();
        await audit.RecordAsync(decision.Audit! with { Findings = [.. findings.Select(f => f.FactId)], Problems = problems }, cancellationToken);
        return HostCheckResult.Done(target.Name, Summary(target, problems), findings);
    }

    private async Task<HostEvidence[]> CollectAsync(CheckedHost host, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.CheckTimeout);
        return await Task.WhenAll(sources.Where(source => source.Covers(host)).Select(source => CollectOneAsync(source, host, limit.Token, cancellationToken)));
    }

    private async Task<HostEvidence> CollectOneAsync(IHostEvidenceSource source, CheckedHost host, CancellationToken limited, CancellationToken cancellationToken)
    {
        var name = source.GetType().Name;
        try
        {
            return await source.CollectAsync(host, limited);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HostEvidence(name, [], $"Part of the check did not finish within {options.Value.CheckTimeout.TotalSeconds:0} seconds.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: a failing source costs its own evidence, never the rest of the check.
            LogSourceFailed(logger, exception, name);
            return new HostEvidence(name, [], "Part of the check failed on my side; what it would have found is missing.");
        }
    }

    private async Task<HostCheckResult> RefuseUnverifiedAsync(CheckRequester requester, string host, CancellationToken cancellationToken)
    {
        var entry = new CheckAuditEntry(Guid.NewGuid().ToString("N"), time.GetUtcNow(), CheckIdentities.Unverified(requester), host,
            null, null, [], false, HostCheckRefusal.UnverifiedUser, UnverifiedMessage);
        await audit.RecordAsync(entry, cancellationToken);
        return HostCheckResult.Refusal(host, UnverifiedMessage);
    }

    private static string Summary(CheckedHost host, IReadOnlyList<string> problems) =>
        string.Join(" ", problems.Prepend($"I checked **{host.Name}** from here ({host.Address}, port {host.Port})."));

    [LoggerMessage(1, LogLevel.Error, "The host-check evidence source {Source} failed")]
    private static partial void LogSourceFailed(ILogger logger, Exception exception, string source);
}
