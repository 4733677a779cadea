namespace RdpHelpBot.Knowledge.Model;

/// <summary>
/// A first message about the error whose cause is known. A new message that reads much like the reports of one
/// cause makes that cause more likely (compared by meaning, with the sentence embeddings).
/// </summary>
public sealed class KnownReport : ILocated
{
    /// <summary>The id of the cause that was behind it.</summary>
    public string Cause { get; init; } = "";

    /// <summary>The kind of host, as the causes' contexts name it; for reading the files, not used in the comparison.</summary>
    public string Context { get; init; } = "";

    /// <summary>How it is written (terse, rambling, admin…); for reading the files, not used in the comparison.</summary>
    public string Style { get; init; } = "";

    public string Text { get; init; } = "";

    /// <summary>Set by the loader; never written in the files.</summary>
    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }
}
