namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// Texts a pattern is meant to match, spelled out from the pattern itself: each alternative, each optional part
/// left out and put in. Crude (lookarounds are ignored, classes give one character), so callers keep only the
/// texts the pattern really matches.
/// </summary>
internal sealed class PatternExamples
{
    private const int Cap = 48;

    private readonly string pattern;
    private int position;

    private PatternExamples(string pattern) => this.pattern = pattern;

    public static IReadOnlyList<string> Of(string pattern) => new PatternExamples(pattern).Alternation();

    private List<string> Alternation()
    {
        var all = Sequence();
        while (position < pattern.Length && pattern[position] == '|')
        {
            position++;
            all.AddRange(Sequence());
        }
        return [.. all.Distinct().Take(Cap)];
    }

    private List<string> Sequence()
    {
        List<string> texts = [""];
        while (position < pattern.Length && pattern[position] is not ('|' or ')'))
        {
            var atom = Quantified(Atom());
            texts = [.. texts.SelectMany(text => atom.Select(part => text + part)).Take(Cap)];
        }
        return texts;
    }

    private List<string> Quantified(List<string> atom)
    {
        if (position >= pattern.Length)
            return atom;
        List<string> result;
        switch (pattern[position])
        {
            case '?' or '*':
                position++;
                result = ["", .. atom];
                break;
            case '+':
                position++;
                result = atom;
                break;
            case '{':
                var close = pattern.IndexOf('}', position);
                var minimum = int.Parse(pattern[(position + 1)..close].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
                position = close + 1;
                result = minimum == 0 ? ["", .. atom] : [.. atom.Select(part => string.Concat(Enumerable.Repeat(part, minimum)))];
                break;
            default:
                return atom;
        }
        if (position < pattern.Length && pattern[position] == '?')
            position++;
        return result;
    }

    private List<string> Atom()
    {
        var c = pattern[position++];
        switch (c)
        {
            case '(':
                var lookaround = pattern[position..] is var rest && (rest.StartsWith("?<!", StringComparison.Ordinal)
                    || rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?!", StringComparison.Ordinal)
                    || rest.StartsWith("?=", StringComparison.Ordinal));
                if (pattern[position] == '?')
                    position = pattern.IndexOf(lookaround ? pattern[position + 1] == '<' ? pattern[position + 2] : pattern[position + 1] : ':', position) + 1;
                var inner = Alternation();
                position++;
                return lookaround ? [""] : inner;
            case '[':
                var negated = pattern[position] == '^';
                var first = pattern[negated ? position + 1 : position];
                var end = pattern.IndexOf(']', negated ? position + 2 : position + 1);
                position = end + 1;
                return [negated ? "x" : first == '\\' ? " " : first.ToString()];
            case '\\':
                var escaped = pattern[position++];
                return [escaped switch
                {
                    'b' or 'B' => "",
                    's' or 'W' => " ",
                    'w' or 'S' or 'D' => "x",
                    'd' => "1",
                    _ => escaped.ToString(),
                }];
            case '.':
                return [" "];
            case '^' or '$':
                return [""];
            default:
                return [c.ToString()];
        }
    }
}
