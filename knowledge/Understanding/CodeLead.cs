using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The words just before a number, back to the previous number or the start of the sentence: they tell
/// whether the number is an error code, an extended one, or the second half of "0x904/0x7".
/// </summary>
internal sealed partial record CodeLead(string Text, IReadOnlyList<string> Words)
{
    private const int MaxLength = 60;

    [GeneratedRegex(
        @"[!?;\n]|(?<!\b(?:ext|no|nr|num|err))\.(?=\s|$)|\b(?:but|however|although|whereas)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceBreak { get; }

    [GeneratedRegex(@"[a-z]+", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Word { get; }
    [GeneratedRegex(@"^[\s,/(]*$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex StrongLink { get; }
    [GeneratedRegex(@"^\s*[/(]\s*$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SlashOrParen { get; }
    [GeneratedRegex(@"^\s*(?:,?\s*and|with|-|\+|&)\s*\(?\s*$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex WeakLink { get; }

    public static CodeLead Between(string text, int from, int to)
    {
        var start = Math.Max(from, to - MaxLength);
        var lead = text[start..to];
        var lastBreak = SentenceBreak.MatchesOf(lead).LastOrDefault();
        if (lastBreak is not null)
        {
            lead = lead[(lastBreak.Index + lastBreak.Length)..];
        }
        return new CodeLead(lead, Word.MatchesOf(lead).Select(m => m.Value).ToList());
    }

    public bool SaysExtended => Words.Any(CodeWords.IsExtended);

    /// <summary>"error 904", "error code: 904", "code no. 904": an introducing word, then only fillers.</summary>
    public bool IntroducesCode =>
        Words.Reverse().SkipWhile(CodeWords.Fillers.Contains).FirstOrDefault() is { } word && CodeWords.IsIntro(word);

    /// <summary>"0x904/0x7", "0x904 (0x7)", "0x904, 0x7": written as the second half of the previous code.</summary>
    public bool IsStrongLink => StrongLink.HasMatchIn(Text) || Text.Trim().Length == 0;

    /// <summary>"0x904/7", "0x904 (7)": the only links that make a bare number the second half.</summary>
    public bool IsSlashOrParen => SlashOrParen.HasMatchIn(Text);

    /// <summary>"0x904 and 0x7", "0x904 with 0x7": only an extended-only code counts as the second half.</summary>
    public bool IsWeakLink => WeakLink.HasMatchIn(Text);
}
