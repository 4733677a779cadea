namespace RdpHelpBot.Dialogs.Checks;

/// <summary>
/// Checks a host from the bot's side on a user's behalf. The implementation owns the safety rules (allow-list,
/// roles, rate limits, audit); the conversation only asks, says what was found and weighs it as evidence.
/// </summary>
public interface IHostChecks
{
    /// <summary>Whether this user may ask for checks at all; the conversation offers a check only then.</summary>
    bool IsAvailableTo(CheckRequester requester);

    /// <summary>Checks the host as the user typed it (<c>rdp01.contoso.com</c>, <c>10.1.2.3:3390</c>). Never throws for what the host does.</summary>
    Task<HostCheckResult> CheckAsync(CheckRequester requester, string host, CancellationToken cancellationToken);
}
