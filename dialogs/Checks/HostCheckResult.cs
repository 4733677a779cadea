namespace RdpHelpBot.Dialogs.Checks;

/// <summary>
/// What a check request came to: refused (<see cref="Summary"/> says why, in plain words, and nothing was
/// found), or run, with what was found and a short summary of where and how the host was checked.
/// </summary>
public sealed record HostCheckResult(string Host, bool Refused, string Summary, IReadOnlyList<HostFinding> Findings)
{
    public static HostCheckResult Refusal(string host, string message) => new(host, Refused: true, message, []);

    public static HostCheckResult Done(string host, string summary, IReadOnlyList<HostFinding> findings) =>
        new(host, Refused: false, summary, findings);
}
