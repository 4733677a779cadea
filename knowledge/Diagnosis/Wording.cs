namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Small pieces of English the reasons are built from.</summary>
internal static class Wording
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> clauses) => clauses.Count switch
    {
        0 => "",
        1 => clauses[0],
        _ => string.Join(", ", clauses.Take(clauses.Count - 1)) + " and " + clauses[^1],
    };

    /// <summary>A title used inside a sentence; acronyms such as "RDP" keep their capitals.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1])
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Quoted(string title) => $"“{title}”";
}
