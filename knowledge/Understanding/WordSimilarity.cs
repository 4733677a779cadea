namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Decides whether a typed word is a typo of a known word, using the Damerau–Levenshtein distance (optimal
/// string alignment: insert, delete, substitute, swap two neighbours) with a threshold that grows with length.
/// </summary>
internal static class WordSimilarity
{
    /// <summary>Typos allowed for a known word of this length: none up to 3 letters, one up to 10, then two.</summary>
    public static int AllowedTypos(int length) => length switch
    {
        < 4 => 0,
        < 11 => 1,
        _ => 2,
    };

    /// <summary>
    /// True when <paramref name="typed"/> equals <paramref name="known"/> or is within the allowed typos of it.
    /// The first letters must agree: people rarely mistype the first letter, and it keeps short words apart.
    /// </summary>
    public static bool IsLike(string typed, string known) => Distance(typed, known) <= AllowedTypos(known.Length);

    /// <summary>The edit distance, or <see cref="int.MaxValue"/> when the words cannot be alike.</summary>
    public static int Distance(string typed, string known)
    {
        if (typed == known)
        {
            return 0;
        }
        var allowed = AllowedTypos(known.Length);
        if (allowed == 0 || typed.Length < 3 || typed[0] != known[0] || Math.Abs(typed.Length - known.Length) > allowed)
        {
            return int.MaxValue;
        }
        var distance = OptimalStringAlignment(typed, known);
        return distance <= allowed ? distance : int.MaxValue;
    }

    private static int OptimalStringAlignment(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
