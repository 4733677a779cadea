namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The words just before a position: a denial, a clause break or "version" that bears on what follows is always
/// close to it, and looking no further keeps each look linear in the window, not in the message.
/// </summary>
internal static class TextWindow
{
    public const int Length = 200;

    public static string Before(string text, int position) => text[Math.Max(0, position - Length)..position];
}
