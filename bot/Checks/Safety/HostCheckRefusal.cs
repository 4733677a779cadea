namespace RdpHelpBot.Bot.Checks.Safety;

internal enum HostCheckRefusal
{
    None,
    InvalidTarget,
    UserNotAllowed,
    UserRateLimited,
    GlobalRateLimited,
    HostNotOnList,
    NotResolved,
    ForbiddenAddress,
}
