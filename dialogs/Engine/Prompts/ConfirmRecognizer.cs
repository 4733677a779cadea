namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads yes or no the way people write it: "yep", "sure", "it did", "nope", "not really", "it didn't help".
/// "Not sure" and "yes and no" are neither.
/// </summary>
internal static class ConfirmRecognizer
{
    private static readonly string[] YesPhrases =
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "yes please", "sure", "sure did", "ok", "okay", "k",
        "correct", "right", "thats right", "true", "affirmative", "absolutely", "definitely", "of course",
        "indeed", "it did", "it does", "it is", "it has", "i did", "i do", "i have", "i am", "that worked",
    ];

    private static readonly string[] NoPhrases =
    [
        "no", "n", "nope", "nah", "nay", "no way", "no thanks", "not really", "not quite", "not at all", "not yet",
        "didnt", "did not", "it didnt", "it did not", "i didnt", "i did not", "doesnt", "does not", "it doesnt",
        "it does not", "isnt", "is not", "it isnt", "it is not", "it hasnt", "i havent", "i dont", "i do not",
        "negative", "false", "wrong", "incorrect", "never", "dont think so", "i dont think so",
    ];

    private static readonly string[] Unsure =
        ["not sure", "unsure", "no idea", "dont know", "do not know", "dunno", "idk", "maybe", "perhaps", "yes and no"];

    public static PromptRecognition<bool> Recognize(string? buttonValue, string text)
    {
        if (string.Equals(buttonValue, PromptDefaults.Yes.Value, StringComparison.OrdinalIgnoreCase))
            return PromptRecognition.Matched(true);
        if (string.Equals(buttonValue, PromptDefaults.No.Value, StringComparison.OrdinalIgnoreCase))
            return PromptRecognition.Matched(false);

        var words = TextNormalizer.Words(TextNormalizer.Normalize(text));
        if (words.Length == 0 || Unsure.Any(phrase => Contains(words, phrase)))
            return PromptRecognition.NoMatch<bool>();

        // The longest phrase the message starts with wins, so "it did not help" is a no, not "it did".
        var yes = LongestLeadingPhrase(words, YesPhrases);
        var no = LongestLeadingPhrase(words, NoPhrases);
        if (yes > no)
            return PromptRecognition.Matched(true);
        if (no > yes)
            return PromptRecognition.Matched(false);

        var numbered = ChoiceRecognizer.Recognize(null, text, [PromptDefaults.Yes, PromptDefaults.No]);
        return numbered.Succeeded
            ? PromptRecognition.Matched(numbered.Value!.Value == PromptDefaults.Yes.Value)
            : PromptRecognition.NoMatch<bool>();
    }

    private static int LongestLeadingPhrase(string[] words, string[] phrases) =>
        phrases.Select(phrase => phrase.Split(' '))
            .Where(phrase => phrase.Length <= words.Length && words.AsSpan(0, phrase.Length).SequenceEqual(phrase))
            .Select(phrase => phrase.Length)
            .DefaultIfEmpty(0)
            .Max();

    private static bool Contains(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var start = 0; start + parts.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, parts.Length).SequenceEqual(parts))
                return true;
        }
        return false;
    }
}
