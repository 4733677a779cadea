using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>A user fact's patterns and a fix's tried patterns compile the way the understanding compiles them, and are not empty.</summary>
internal sealed class PatternRules : IKnowledgeRule
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge) =>
        knowledge.Facts.Where(f => f.Origin == FactOrigin.User)
            .SelectMany(f => f.Patterns.Select(p => (Fact: f, Problem: Problem(p))))
            .Where(x => x.Problem is not null)
            .Select(x => RuleErrors.About(x.Fact, x.Problem!))
            .Concat(knowledge.Fixes
                .SelectMany(f => f.TriedPatterns.Select(p => (Fix: f, Problem: Problem(p))))
                .Where(x => x.Problem is not null)
                .Select(x => RuleErrors.About(x.Fix, x.Problem!)));

    private static string? Problem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "has an empty pattern, which would match every message; remove it";
        }
        try
        {
            _ = new Regex(pattern, Options, MatchTimeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"pattern '{pattern}' is not a valid regular expression: {e.Message}";
        }
    }
}
