namespace RdpHelpBot.Bot.Conversations;

/// <summary>Configuration section <c>Understanding</c>.</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>
    /// Also read the user's words by meaning with the embedded sentence-embedding model. Off by default: on the
    /// evaluation reports it adds about two points of top-3 for some 380 MB, seconds at start and tens of
    /// milliseconds per message, which would cap a small machine at a few dozen turns a second.
    /// </summary>
    public bool Embeddings { get; set; }
}
