using System.Text;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Pieces of plain text one of which every match of a pattern contains, so a message with none of them can skip
/// the pattern: <c>\b(?:vpn|tunnel)\b</c> needs "vpn" or "tunnel", <c>\bno (?:recent )?change</c> needs "no recent
/// change" or "no change". Read for <see cref="TextPatterns.Options"/> (case-insensitive, no inline options) and
/// conservatively: a pattern using anything this does not understand (inline options, back-references, character
/// escapes, conditionals, class subtraction) has none, an optional or repeated-from-zero part requires nothing, and
/// what a look-around looks at is not counted.
/// </summary>
internal static class RequiredLiteral
{
    /// <summary>Shorter literals rule out too few messages to pay for the check.</summary>
    public const int MinimumLength = 3;

    // A part matching more texts than this (an alternation, or the spellings of parts in a row) is not spelled out.
    private const int MaxSpellings = 64;

    private const int MaxRepeatsSpelled = 8;

    private const string WordCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    /// <summary>
    /// ASCII texts, each with at least <see cref="MinimumLength"/> characters besides spaces, one of which every match
    /// of the pattern contains (compared ignoring ASCII case); null when there is no such set or this cannot vouch for one.
    /// </summary>
    public static IReadOnlyList<string>? AnyOf(string pattern)
    {
        var reader = new Reader(pattern);
        var whole = reader.Alternation();
        if (reader.Unsure || !reader.AtEnd || whole.Required is not { } required)
        {
            return null;
        }
        return required.All(literal => Strength(literal) >= MinimumLength && Ascii.IsValid(literal)) ? required : null;
    }

    /// <param name="Spellings">Every text the part can match, when they are few and known; null otherwise.</param>
    /// <param name="Required">Texts one of which every match of the part contains, none of them empty; or null.</param>
    private sealed record Part(IReadOnlyList<string>? Spellings, IReadOnlyList<string>? Required)
    {
        public static readonly Part Unknown = new(null, null);

        public static readonly Part Empty = new([""], null);

        public static Part Exactly(IReadOnlyList<string> spellings) => new(spellings, Usable(spellings) ? spellings : null);
    }

    private sealed class Reader(string pattern)
    {
        private int position;

        public bool Unsure { get; private set; }

        public bool AtEnd => position == pattern.Length;

        public Part Alternation()
        {
            var branches = new List<Part> { Sequence() };
            while (!Unsure && position < pattern.Length && pattern[position] == '|')
            {
                position++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1)
            {
                return branches[0];
            }
            var spellings = branches.All(b => b.Spellings is not null) ? Union(branches.Select(b => b.Spellings!)) : null;
            var required = branches.All(b => b.Required is not null) ? Union(branches.Select(b => b.Required!)) : null;
            return new Part(spellings is { Count: <= MaxSpellings } ? spellings : null, required);
        }

        private Part Sequence()
        {
            var parts = new List<Part>();
            while (!Unsure && position < pattern.Length && pattern[position] is not ('|' or ')'))
            {
                Quantified(Atom(), parts);
            }
            return Join(Coalesce(parts));
        }

        private Part Atom()
        {
            var c = pattern[position++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Part.Unknown;
                case '^' or '$':
                    return Part.Empty;
                // A quantifier with nothing before it, and "{", "}" or "]" outside their meaning, are read literally by
                // .NET in some places and rejected in others: not worth telling apart.
                case '*' or '+' or '?' or '{' or '}' or ']':
                    return Fail();
                default:
                    return Character(c);
            }
        }

        private Part Group()
        {
            var lookaround = false;
            if (position < pattern.Length && pattern[position] == '?')
            {
                var rest = pattern.AsSpan(position + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">"))
                {
                    position += 2;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    position += 2;
                    lookaround = true;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    position += 3;
                    lookaround = true;
                }
                else if (!SkipGroupName(rest))
                {
                    return Fail();
                }
            }
            var inner = Alternation();
            if (Unsure || position >= pattern.Length || pattern[position] != ')')
            {
                return Fail();
            }
            position++;
            // A look-around consumes nothing, and what it looks at may lie outside the match or be denied.
            return lookaround ? Part.Empty : inner;
        }

        // "(?<name>" and "(?'name'"; a balancing group "(?<a-b>" is not understood.
        private bool SkipGroupName(ReadOnlySpan<char> rest)
        {
            if (rest.Length < 2 || rest[0] is not ('<' or '\''))
            {
                return false;
            }
            var close = rest[0] == '<' ? '>' : '\'';
            var end = rest[1..].IndexOf(close);
            if (end <= 0 || rest.Slice(1, end).ContainsAnyExcept(WordCharacters))
            {
                return false;
            }
            position += 1 + 1 + end + 1;
            return true;
        }

        private Part Class()
        {
            var start = position;
            var plain = position < pattern.Length && pattern[position] is not ('^' or ']');
            if (position < pattern.Length && pattern[position] == '^')
            {
                position++;
            }
            if (position < pattern.Length && pattern[position] == ']')
            {
                position++;
            }
            for (; position < pattern.Length; position++)
            {
                switch (pattern[position])
                {
                    case '\\':
                        position++;
                        plain = false;
                        break;
                    case '[':
                        return Fail();
                    case ']':
                        var members = pattern[start..position++];
                        return plain ? ClassOf(members) : Part.Unknown;
                }
            }
            return Fail();
        }

        // "[d]", "[,;-]": a few plain characters, each as it is; a range ("a-z") is not spelled out.
        private static Part ClassOf(string members)
        {
            if (members.Length > 8 || members.Length > 2 && members[1..^1].Contains('-', StringComparison.Ordinal) || !Ascii.IsValid(members))
            {
                return Part.Unknown;
            }
            return Part.Exactly([.. members.Select(c => c.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)]);
        }

        private Part Escape()
        {
            if (position >= pattern.Length)
            {
                return Fail();
            }
            var c = pattern[position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Part.Empty;
                case 's' or 'S' or 'w' or 'W' or 'd' or 'D':
                    return Part.Unknown;
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', position);
                    if (position >= pattern.Length || pattern[position] != '{' || end < 0)
                    {
                        return Fail();
                    }
                    position = end + 1;
                    return Part.Unknown;
                case 'n':
                    return Character('\n');
                case 't':
                    return Character('\t');
                default:
                    // \x41, \1, \k<name>...: what they stand for is not worth reading.
                    return char.IsAsciiLetterOrDigit(c) ? Fail() : Character(c);
            }
        }

        private void Quantified(Part atom, List<Part> parts)
        {
            if (position >= pattern.Length || pattern[position] is not ('*' or '+' or '?' or '{'))
            {
                parts.Add(atom);
                return;
            }
            var (min, max) = pattern[position] switch
            {
                '*' => (0, int.MaxValue),
                '+' => (1, int.MaxValue),
                '?' => (0, 1),
                _ => Counted(),
            };
            position++;
            if (position < pattern.Length && pattern[position] == '?')
            {
                position++;
            }
            if (min == 0)
            {
                parts.Add(max == 1 && atom.Spellings is { } spellings ? new Part(Union([spellings, [""]]), null) : Part.Unknown);
                return;
            }
            // "x{2,5}" matches "xx" then perhaps more.
            for (var i = 0; i < Math.Min(min, MaxRepeatsSpelled); i++)
            {
                parts.Add(atom);
            }
            if (max > min || min > MaxRepeatsSpelled)
            {
                parts.Add(Part.Unknown);
            }
        }

        // Leaves the position on the closing brace.
        private (int Min, int Max) Counted()
        {
            var end = pattern.IndexOf('}', position);
            var bounds = end < 0 ? [] : pattern[(position + 1)..end].Split(',');
            if (bounds is not ([_] or [_, _]) || !int.TryParse(bounds[0], out var min) || min < 0)
            {
                Fail();
                return (1, 1);
            }
            var max = bounds is [_] ? min : bounds[1].Length == 0 ? int.MaxValue : int.TryParse(bounds[1], out var m) ? m : -1;
            if (max < min || bounds.Any(b => b.AsSpan().ContainsAnyExceptInRange('0', '9')))
            {
                Fail();
                return (1, 1);
            }
            position = end;
            return (min, max);
        }

        private Part Fail()
        {
            Unsure = true;
            position = pattern.Length;
            return Part.Unknown;
        }

        // Outside ASCII, case-insensitive matching has equivalences (the Kelvin sign and "k") an ordinal comparison lacks.
        private static Part Character(char c) => char.IsAscii(c) ? Part.Exactly([c.ToString()]) : Part.Unknown;
    }

    // Parts in a row with one spelling each ("s", "t", "o", "p") become one part ("stop").
    private static List<Part> Coalesce(List<Part> parts)
    {
        var result = new List<Part>();
        var run = new StringBuilder();
        var inRun = false;
        foreach (var part in parts)
        {
            if (part.Spellings is [var only])
            {
                run.Append(only);
                inRun = true;
                continue;
            }
            if (inRun)
            {
                result.Add(Part.Exactly([run.ToString()]));
                run.Clear();
                inRun = false;
            }
            result.Add(part);
        }
        if (inRun)
        {
            result.Add(Part.Exactly([run.ToString()]));
        }
        return result;
    }

    // Every match of a sequence contains a match of each part, and of each stretch of spelled-out parts in a row one
    // of their combined spellings: the most selective of these is what the sequence requires.
    private static Part Join(List<Part> parts)
    {
        IReadOnlyList<string>? best = null;
        IReadOnlyList<string>? whole = null;
        for (var start = 0; start < parts.Count; start++)
        {
            best = Better(best, parts[start].Required);
            IReadOnlyList<string> spelled = [""];
            for (var end = start; end < parts.Count && parts[end].Spellings is { } next; end++)
            {
                spelled = Product(spelled, next);
                if (spelled.Count > MaxSpellings)
                {
                    break;
                }
                if (Usable(spelled))
                {
                    best = Better(best, spelled);
                }
                if (start == 0 && end == parts.Count - 1)
                {
                    whole = spelled;
                }
            }
        }
        return new Part(parts.Count == 0 ? [""] : whole, best);
    }

    private static bool Usable(IReadOnlyList<string> literals) => literals.Count > 0 && literals.All(l => l.Length > 0);

    // The longer the shortest text, the fewer messages contain one by chance (spaces do not count: " to" is in most
    // messages); then the fewer texts, the cheaper the check.
    private static IReadOnlyList<string>? Better(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        var (weakestA, weakestB) = (a.Min(Strength), b.Min(Strength));
        return weakestB > weakestA || weakestB == weakestA && b.Count < a.Count ? b : a;
    }

    private static int Strength(string literal) => literal.Count(c => c != ' ');

    private static List<string> Product(IReadOnlyList<string> heads, IReadOnlyList<string> tails) =>
        [.. heads.SelectMany(head => tails.Select(tail => head + tail)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static List<string> Union(IEnumerable<IReadOnlyList<string>> sets) =>
        [.. sets.SelectMany(set => set).Distinct(StringComparer.OrdinalIgnoreCase)];
}
