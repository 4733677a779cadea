namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>The words that introduce an error code, typos included ("eror cod", "extnded").</summary>
internal static class CodeWords
{
    private static readonly string[] Intro = ["error", "errors", "code", "codes", "err", "reason", "disconnect"];
    private static readonly HashSet<string> ShortIntro = new(["cod", "err", "erro", "ec"], StringComparer.Ordinal);
    private static readonly HashSet<string> ShortExtended = new(["ext", "extd", "exd"], StringComparer.Ordinal);

    /// <summary>Words that may sit between an introducing word and its code: "error code is 0x904", "code no. 904".</summary>
    public static readonly HashSet<string> Fillers = new(
        ["is", "was", "of", "number", "no", "num", "nr", "shows", "says", "reads", "the", "a", "an", "my", "like", "as", "value"],
        StringComparer.Ordinal);

    public static bool IsExtended(string word) =>
        ShortExtended.Contains(word) || word.StartsWith("extended", StringComparison.Ordinal)
        || WordSimilarity.IsLike(word, "extended");

    public static bool IsIntro(string word) =>
        ShortIntro.Contains(word) || IsExtended(word) || Intro.Any(known => WordSimilarity.IsLike(word, known));
}
