using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>A known report names a cause the knowledge has, and says something.</summary>
internal sealed class KnownReportRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge)
    {
        var causes = knowledge.Causes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var report in knowledge.Reports)
        {
            var causeId = string.IsNullOrWhiteSpace(report.Cause) ? null : report.Cause;
            if (causeId is null)
                yield return new(report.Location, null, "report has no cause; name the cause that was behind it");
            else if (!causes.Contains(causeId))
                yield return new(report.Location, causeId, $"report names '{causeId}', which is not a cause id");
            if (string.IsNullOrWhiteSpace(report.Text))
                yield return new(report.Location, causeId, "report needs its text");
        }
    }
}
