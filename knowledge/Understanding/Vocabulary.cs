namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The words whose typos are worth repairing, and real words that sit one typo away from them and must never be
/// "repaired" ("charged" is not a typo of "changed"). Targets are chosen for having few such neighbours:
/// "same", "slow" or "help" are left out because "safe", "show" and "held" are ordinary words.
/// </summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> TypoTargets =
    [
        // error dialogs
        "error", "extended", "disconnect", "disconnected",
        // hosts and clients
        "azure", "virtual", "machine", "windows", "server", "laptop", "computer", "desktop", "remote", "connection",
        "connect", "connected", "connecting", "mstsc", "client",
        // history and changes
        "worked", "stopped", "yesterday", "morning", "suddenly", "nothing", "changed", "update", "updates",
        "upgraded", "installed", "tuesday",
        // certificates and security
        "certificate", "certificates", "renewed", "replaced", "rotated", "expired", "expires", "hardened",
        "baseline", "cyberark", "security", "policy", "antivirus", "firewall", "thumbprint", "private", "inspection",
        "handshake", "registry", "listener", "listening", "gateway", "disabled", "reinstalled", "renamed", "profile",
        "licensing",
        // sign-in
        "password", "credentials", "accepted", "prompt", "welcome", "screen", "session", "account",
        // people and load
        "colleagues", "everyone", "nobody", "multiple", "several", "idle", "asleep", "overnight", "intermittent",
        "sometimes", "randomly", "unstable", "address", "packet",
        // conversation
        "hello", "thanks", "start", "restart", "cancel", "human", "person", "agent", "helpdesk", "escalate",
        "someone", "somebody", "broken", "another", "check", "test", "watch", "monitor", "admin", "administrator",
        "rights", "permission", "access",
    ];

    /// <summary>Real words one typo away from a target; they are kept as written.</summary>
    public static readonly IReadOnlyList<string> CommonWords =
    [
        "stat", "stats", "smart", "stars", "stare", "stark", "stuart", "admit", "right", "remove", "removed",
        "compute", "computed", "charged", "chained", "chance", "noting", "wording", "broker", "stored", "isle", "text", "tent",
        "rest", "best", "match", "watches", "chuck", "cheek", "prison", "agency", "convert", "connector", "connects",
        "collect", "correct", "serve", "served", "serves", "sever", "severe", "seven", "window", "widows", "updated",
        "upgrade", "expire", "expiry", "expiring", "prompts", "screens", "sessions", "accounts", "mirror", "terror",
        "errors", "excepted", "accented", "secure", "police", "polite", "renew", "renewal", "replace",
        "rotate", "hardens", "harden", "handed", "startup", "started", "starts", "starting", "checks", "checked",
        "tests", "tested", "testing", "watched", "agents", "humans", "helper", "cancer", "canceled", "cancelled",
        "fights", "lights", "nights", "sights", "tights", "weights", "change", "changes", "thank", "thinks", "worker",
        "installer", "multiply", "broke", "credential", "sometime", "packed", "listened", "reinstated", "rename",
        "disable", "renames", "profiled", "profit",
    ];
}
