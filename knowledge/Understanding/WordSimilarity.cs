using RdpHelpBot.Knowledge.Text;

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
        var distance = EditDistance.Between(typed, known);
        return distance <= allowed ? distance : int.MaxValue;
    }
}
