using System.Globalization;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>Reads a position in a list: "2", "#2", "2nd", "second", "the second one", "option 2", "last".</summary>
internal static class OrdinalParser
{
    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] Cardinals =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "the", "number", "no", "option", "choice", "one", "please", "its", "it", "is",
    };

    /// <returns>The 1-based position, or null when the text is not a position.</returns>
    public static int? Parse(string normalized, int count)
    {
        var words = TextNormalizer.Words(normalized);
        var meaningful = words.Where(word => !Fillers.Contains(word)).ToArray();
        // "one" alone is a number, not a filler.
        if (meaningful.Length == 0 && words.Length == 1 && words[0] == "one")
            return 1;
        if (meaningful.Length != 1)
            return null;
        return ParseWord(meaningful[0], count);
    }

    private static int? ParseWord(string word, int count)
    {
        if (word == "last")
            return count;
        var ordinal = Array.IndexOf(Ordinals, word);
        if (ordinal >= 0)
            return ordinal + 1;
        var cardinal = Array.IndexOf(Cardinals, word);
        if (cardinal >= 0)
            return cardinal + 1;
        var digits = word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
            || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)
            ? word[..^2]
            : word;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
