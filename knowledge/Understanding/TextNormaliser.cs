namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Lower-cases the text and straightens typographic quotes, dashes and spaces. Every character maps to
/// exactly one character, so a position in the normalised text is the same position in what the user typed.
/// </summary>
internal static class TextNormaliser
{
    public static string Normalise(string text) => string.Create(text.Length, text, static (buffer, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = Straighten(char.ToLowerInvariant(source[i]));
        }
    });

    private static char Straighten(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\t' or '\r' => ' ',
        _ => c,
    };
}
