namespace RdpHelpBot.Dialogs.Replies;

/// <summary>
/// An answer the user can click or type. <see cref="Value"/> is what a button sends back; the label and the
/// synonyms are what a typed answer is matched against.
/// </summary>
public sealed record Choice(string Value, string Label, IReadOnlyList<string>? Synonyms = null)
{
    public IReadOnlyList<string> SynonymsOrEmpty => Synonyms ?? [];
}
