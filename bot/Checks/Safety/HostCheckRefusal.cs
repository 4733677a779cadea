namespace RdpHelpBot.Bot.Checks.Safety;

internal enum HostCheckRefusal
{
    None,
    InvalidTarget,
    /// <summary>The channel did not verify who the user is (web chat and Direct Line let the client choose the id).</summary>
    UnverifiedUser,
    UserNotAllowed,
    UserRateLimited,
    GlobalRateLimited,
    HostNotOnList,
    PortNotAllowed,
    NotResolved,
    ForbiddenAddress,
}
