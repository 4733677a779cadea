using System.Buffers;
using System.Text;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Patterns read together on every message (a reader's facts, intent phrases or tried fixes): one pass over the
/// message finds which of all their required texts (<see cref="TextPattern.Literals"/>) it contains, where a search
/// per pattern read the message once for each of several hundred patterns.
/// </summary>
internal sealed class TextPatternSet<T>
{
    private readonly IReadOnlyList<T> items;
    // Whether an item needs one of the texts (false: it runs on every message), and the items each text lets through.
    private readonly bool[] needsLiteral;
    private readonly int[][] itemsOfLiteral;
    private readonly SearchValues<string>? anyLiteral;
    // The literals by their first two characters, lower case: what may start where the search stopped.
    private readonly Dictionary<(char, char), (string Text, int Id)[]> literalsByStart;

    /// <param name="patternOf">The pattern of an item; items are returned in the order given.</param>
    public TextPatternSet(IReadOnlyList<T> items, Func<T, TextPattern> patternOf)
    {
        this.items = items;
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var users = new List<List<int>>();
        needsLiteral = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var literal in patternOf(items[i]).Literals ?? [])
            {
                if (!ids.TryGetValue(literal, out var id))
                {
                    ids[literal] = id = ids.Count;
                    users.Add([]);
                }
                users[id].Add(i);
                needsLiteral[i] = true;
            }
        }
        itemsOfLiteral = [.. users.Select(u => u.ToArray())];
        anyLiteral = ids.Count == 0 ? null : SearchValues.Create([.. ids.Keys], StringComparison.OrdinalIgnoreCase);
        literalsByStart = ids
            .GroupBy(pair => StartOf(pair.Key, 0))
            .ToDictionary(group => group.Key, group => group.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>
    /// The items whose pattern may match <paramref name="text"/>, in order: every item without required texts, and
    /// those with one of theirs in the text. Outside ASCII every item (as <see cref="TextPattern.MayMatch"/>).
    /// </summary>
    public IReadOnlyList<T> MayMatch(string text)
    {
        if (anyLiteral is null || !Ascii.IsValid(text))
        {
            return items;
        }
        Span<bool> letThrough = items.Count <= 4096 ? stackalloc bool[items.Count] : new bool[items.Count];
        MarkItemsOfLiteralsIn(text, letThrough);
        var result = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!needsLiteral[i] || letThrough[i])
            {
                result.Add(items[i]);
            }
        }
        return result;
    }

    private void MarkItemsOfLiteralsIn(string text, Span<bool> letThrough)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var next = span[offset..].IndexOfAny(anyLiteral!);
            if (next < 0)
            {
                break;
            }
            var start = offset + next;
            // Every literal has at least three characters (RequiredLiteral.MinimumLength), so two can be read here.
            if (start + 1 < span.Length && literalsByStart.TryGetValue(StartOf(text, start), out var candidates))
            {
                foreach (var (literal, id) in candidates)
                {
                    if (span[start..].StartsWith(literal, StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var item in itemsOfLiteral[id])
                        {
                            letThrough[item] = true;
                        }
                    }
                }
            }
            offset = start + 1;
        }
    }

    private static (char, char) StartOf(string text, int index) => (char.ToLowerInvariant(text[index]), char.ToLowerInvariant(text[index + 1]));
}
