using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Checks;

/// <summary>
/// Host checks run once per turn: a turn run again after a state conflict is given the first attempt's result for
/// the same requester and host instead of checking (and auditing) the host a second time.
/// </summary>
public sealed class TurnScopedHostChecks(IHostChecks inner) : IHostChecks
{
    public bool IsAvailableTo(CheckRequester requester) => inner.IsAvailableTo(requester);

    public Task<HostCheckResult> CheckAsync(CheckRequester requester, string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return TurnScope.Current is { } turn
            ? turn.RememberAsync($"host-check\n{requester.ChannelId}\n{requester.UserId}\n{requester.VerifiedUserId}\n{host}", () => inner.CheckAsync(requester, host, cancellationToken))
            : inner.CheckAsync(requester, host, cancellationToken);
    }
}
