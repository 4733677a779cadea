namespace RdpHelpBot.Bot.Knowledge;

/// <summary>Configuration section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>A folder of knowledge YAML files; default: none, the built-in knowledge is used.</summary>
    public string? Path { get; set; }
}
