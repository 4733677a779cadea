using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>Whether a session belongs to a user named as <c>alice</c>, <c>CONTOSO\alice</c> or <c>alice@contoso.com</c>.</summary>
internal static class UserNameMatcher
{
    public static bool Matches(string requested, HostSession session)
    {
        var name = requested.Trim();
        var backslash = name.IndexOf('\\', StringComparison.Ordinal);
        if (backslash >= 0)
        {
            return Same(name[(backslash + 1)..], session.UserName) && Same(name[..backslash], session.Domain ?? "");
        }
        var at = name.IndexOf('@', StringComparison.Ordinal);
        return Same(at >= 0 ? name[..at] : name, session.UserName);
    }

    private static bool Same(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
