namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds the shape behind catastrophic backtracking: a group repeated without bound that itself contains a repetition
/// without bound, such as <c>(a+)+</c> or <c>(?:\w+\s?)*</c>. Bounded repetitions (<c>.{0,25}</c>, <c>?</c>) cannot blow up.
/// </summary>
internal static class NestedRepetition
{
    public static bool IsIn(string pattern)
    {
        // For each open group: whether an unbounded repetition was seen inside it.
        var open = new Stack<bool>();
        var inner = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(':
                    open.Push(inner);
                    inner = false;
                    break;
                case ')' when open.Count > 0:
                    var repeated = IsUnboundedAt(pattern, i + 1);
                    if (repeated && inner)
                        return true;
                    inner = open.Pop() || inner || repeated;
                    i += repeated ? 1 : 0;
                    break;
                default:
                    inner |= IsUnboundedAt(pattern, i);
                    break;
            }
        }
        return false;
    }

    private static bool IsUnboundedAt(string pattern, int i) =>
        i < pattern.Length && (pattern[i] is '*' or '+' || pattern[i] == '{' && IsOpenRange(pattern, i));

    // "{2,}" has no upper bound; "{0,25}" and "{3}" have one.
    private static bool IsOpenRange(string pattern, int brace)
    {
        var close = pattern.IndexOf('}', brace);
        return close > 0 && pattern[close - 1] == ',';
    }

    private static int EndOfClass(string pattern, int open)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == ']' && i > open + 1)
                return i;
        }
        return pattern.Length;
    }
}
