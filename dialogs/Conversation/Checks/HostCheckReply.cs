using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>What a check found, in plain words: the problems first, or "nothing abnormal" with what looked healthy.</summary>
internal static class HostCheckReply
{
    public static Reply For(HostCheckResult result)
    {
        if (result.Refused)
            return new Reply(result.Summary);
        var problems = result.Findings.Where(finding => !finding.IsNormal).ToList();
        var healthy = result.Findings.Where(finding => finding.IsNormal).ToList();
        var lines = new List<string> { result.Summary };
        if (problems.Count > 0)
            lines.Add(problems.Count == 1 ? "I found this:" : "I found these:");
        else if (healthy.Count > 0)
            lines.Add("Nothing abnormal:");
        else
            lines.Add("I could not learn anything about the host this time.");
        lines.AddRange(problems.Concat(healthy).Select(finding => $"- {finding.Text}"));
        return new Reply(string.Join("\n", lines));
    }
}
