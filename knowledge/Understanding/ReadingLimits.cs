namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// How much of a message is read. A problem report fits in a few paragraphs; a pasted log or a runaway message
/// beyond that would only cost time every other user waits for, so its end is left unread and the user is told.
/// </summary>
public static class ReadingLimits
{
    public const int MaxCharacters = 4_000;

    /// <summary>A message that cannot be read in this long is read no further; what was found so far counts.</summary>
    /// <remarks>A safety net, well above the tens of milliseconds a message takes, so a busy machine does not trip it.</remarks>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    // Cutting at a space keeps the last word whole, so it is not misread as a shorter word or a typo.
    private const int WordSearch = 100;

    /// <summary>The part of <paramref name="text"/> that is read.</summary>
    public static string ReadablePart(string text)
    {
        if (text.Length <= MaxCharacters)
            return text;
        var end = MaxCharacters;
        var space = text.LastIndexOf(' ', end, WordSearch);
        if (space > 0)
            end = space;
        else if (char.IsHighSurrogate(text[end - 1]))
            end--;
        return text[..end];
    }
}
