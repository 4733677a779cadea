namespace RdpHelpBot.Bot.Conversations;

/// <summary>Configuration section <c>Understanding</c>.</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>
    /// Also read the user's words by meaning with the embedded sentence-embedding model (about a second and a few
    /// hundred megabytes at start, tens of milliseconds per message); off leaves the rules and patterns alone.
    /// </summary>
    public bool Embeddings { get; set; } = true;
}
