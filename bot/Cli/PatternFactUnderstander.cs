using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// Recognises facts in free text by their <c>patterns</c>, in the order the text mentions them. Reads facts
/// only: no codes, intents or host names.
/// </summary>
internal sealed class PatternFactUnderstander : IUnderstander
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<(string FactId, Regex Pattern)> patterns;

    /// <exception cref="ArgumentException">A pattern is not a valid regular expression; the message names the fact.</exception>
    public PatternFactUnderstander(KnowledgeBase knowledge)
    {
        patterns = knowledge.Facts.Values
            .SelectMany(fact => fact.Patterns.Select(pattern => (fact.Id, Compile(fact.Id, pattern))))
            .ToList();
    }

    public Understanding Understand(string text)
    {
        var facts = patterns
            .Select(entry => (entry.FactId, Match: entry.Pattern.Match(text)))
            .Where(found => found.Match.Success)
            .OrderBy(found => found.Match.Index)
            .Select(found => found.FactId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Understanding.Nothing with { Facts = facts };
    }

    private static Regex Compile(string factId, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Fact '{factId}': pattern '{pattern}' is not a valid regular expression: {e.Message}", e);
        }
    }
}
