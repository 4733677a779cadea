using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>Configuration section <c>Understanding</c>.</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>Who reads the user's words besides the rules; default <see cref="UnderstandingProvider.Rules"/> (nothing leaves the machine).</summary>
    public UnderstandingProvider Provider { get; set; } = UnderstandingProvider.Rules;

    /// <summary>
    /// Also read the user's words by meaning with the embedded sentence-embedding model. Off by default: on the
    /// evaluation reports it adds about two points of top-3 for some 380 MB, seconds at start and tens of
    /// milliseconds per message, which would cap a small machine at a few dozen turns a second.
    /// </summary>
    public bool Embeddings { get; set; }

    /// <summary>What goes to the language model with <see cref="UnderstandingProvider.AzureOpenAI"/>; default <see cref="ModelInput.Message"/>.</summary>
    public ModelInput SendToModel { get; set; } = ModelInput.Message;

    /// <summary>Messages of one conversation the model reads at most; default 20, from 1 to 1000. Later ones are read by the rules.</summary>
    [Range(1, 1000, ErrorMessage = "Understanding:MaxModelCallsPerConversation must be between 1 and 1000.")]
    public int MaxModelCallsPerConversation { get; set; } = 20;

    /// <summary>Calls to the model per day (UTC) at most; default 5000, from 1 to 10,000,000. Later messages are read by the rules.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Understanding:MaxModelCallsPerDay must be between 1 and 10000000.")]
    public int MaxModelCallsPerDay { get; set; } = 5000;

    /// <summary>Readings kept, by the message's normalised text, so the same words cost one call; default 1000, from 0 (none) to 100,000.</summary>
    [Range(0, 100_000, ErrorMessage = "Understanding:ModelCacheSize must be between 0 and 100000.")]
    public int ModelCacheSize { get; set; } = 1000;
}

public enum UnderstandingProvider
{
    /// <summary>The embedded rules (and the sentence embeddings when <see cref="UnderstandingOptions.Embeddings"/> is on).</summary>
    Rules,

    /// <summary>The rules, and a deployment of Azure OpenAI reading each message into the knowledge base's terms.</summary>
    AzureOpenAI,
}

/// <summary>What leaves the machine with each message read by the model. Never host-check findings, identities or transcripts.</summary>
public enum ModelInput
{
    /// <summary>The user's message, and nothing else.</summary>
    Message,

    /// <summary>The user's message and, when the bot has just asked one of the knowledge base's questions, that question and its answers.</summary>
    MessageAndQuestion,
}
