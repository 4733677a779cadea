namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>Reduces a message to lower-case words so "Didn't!" and "didnt" compare equal.</summary>
internal static class TextNormalizer
{
    private const int LongestOnStack = 512;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        // Every choice's label and synonyms are normalised on every answer: most are already lower-case words,
        // which come back as they are, and the rest are written on the stack first.
        Span<char> normalized = text.Length <= LongestOnStack ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (character is '\'' or '\u2019' or '\u2018')
                continue;
            if (char.IsLetterOrDigit(character))
            {
                if (pendingSpace && length > 0)
                    normalized[length++] = ' ';
                normalized[length++] = char.ToLowerInvariant(character);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }
        var result = normalized[..length];
        return result.SequenceEqual(text) ? text : new string(result);
    }

    public static string[] Words(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
