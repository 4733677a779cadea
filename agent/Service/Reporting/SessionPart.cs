using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>The disconnected sessions, and whether the user asked about has one.</summary>
internal static class SessionPart
{
    public static SessionReport Read(ISessions sessions, string? userName)
    {
        var disconnected = sessions.List()
            .Where(s => s.State == HostSessionState.Disconnected && s.UserName.Length > 0)
            .ToList();
        bool? userHasOne = string.IsNullOrWhiteSpace(userName) ? null : disconnected.Any(s => UserNameMatcher.Matches(userName, s));
        return new SessionReport(
            string.IsNullOrWhiteSpace(userName) ? null : userName.Trim(),
            [.. disconnected.Select(s => new SessionEntry(s.SessionId, s.UserName, s.Domain))],
            userHasOne);
    }
}
