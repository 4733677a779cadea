using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds the user facts whose patterns match, in order of appearance. A denied phrase ("no VPN", "not on
/// Azure") yields the fact's opposite when it has one and nothing otherwise; when a fact and its opposite are
/// both said, the later one wins. In a contrast ("fails over the VPN but works without it") the failing side is
/// the case: what only the working side names is not said of it, but is evidence of what works when the fact says
/// what (<see cref="Fact.WorkingSide"/>: "without the VPN" there says another network works).
/// </summary>
internal sealed class FactReader
{
    private readonly TextPatternSet<FactPattern> patterns;
    private readonly IReadOnlyDictionary<string, string?> opposites;

    public FactReader(IReadOnlyCollection<Fact> facts)
    {
        opposites = facts.ToDictionary(f => f.Id, f => f.Opposite, StringComparer.Ordinal);
        var compiled = facts
            .Where(f => f.Origin == FactOrigin.User)
            .SelectMany(f => f.Patterns.Select(p => FactPattern.Compile(f, p)))
            .ToList();
        patterns = new TextPatternSet<FactPattern>(compiled, p => p.Pattern);
    }

    public IReadOnlyList<string> Read(string corrected) => Read(corrected, ReadingBudget.Unlimited);

    public IReadOnlyList<string> Read(string corrected, ReadingBudget budget)
    {
        List<FactMatch>? found = null;
        foreach (var pattern in patterns.MayMatch(corrected))
        {
            if (budget.IsSpent)
            {
                break;
            }
            foreach (var span in pattern.Pattern.Regex.SpansOf(corrected))
            {
                (found ??= []).Add(new FactMatch(pattern.Fact, span.Index, span.End));
            }
        }
        if (found is not { } matches)
        {
            return [];
        }
        var contrast = new Contrast(corrected);
        var said = matches
            .Where(m => !matches.Any(other => other.Covers(m)))
            .Select(m => (Position: m.Start, FactId: contrast.NamesTheWorkingSide(m.Start, m.End) ? m.Fact.WorkingSide
                : Negation.IsDenied(corrected, m.Start, m.End) ? m.Fact.Opposite : m.Fact.Id))
            .Where(m => m.FactId is not null)
            .OrderBy(m => m.Position);
        return Fold(said.Select(m => m.FactId!));
    }

    private IReadOnlyList<string> Fold(IEnumerable<string> factIds)
    {
        var result = new List<string>();
        foreach (var id in factIds)
        {
            result.RemoveAll(earlier => AreOpposites(earlier, id));
            if (!result.Contains(id))
            {
                result.Add(id);
            }
        }
        return result;
    }

    private bool AreOpposites(string a, string b) =>
        opposites.GetValueOrDefault(a) == b || opposites.GetValueOrDefault(b) == a;

    private sealed record FactPattern(Fact Fact, TextPattern Pattern)
    {
        public static FactPattern Compile(Fact fact, string pattern)
        {
            try
            {
                return new FactPattern(fact, TextPattern.Create(pattern));
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException(
                    $"{fact.Location}: fact '{fact.Id}' has an invalid pattern '{pattern}': {e.Message}", e);
            }
        }
    }

    private sealed record FactMatch(Fact Fact, int Start, int End)
    {
        /// <summary>"no vpn" (no-vpn) covers the "vpn" of its opposite over-vpn, which then was not said.</summary>
        public bool Covers(FactMatch other) =>
            other.Fact.Opposite == Fact.Id && Start <= other.Start && End >= other.End && End - Start > other.End - other.Start;
    }
}
