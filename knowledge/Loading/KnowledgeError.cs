using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>A problem in the knowledge files, pointing at the file, line and item to fix.</summary>
public sealed record KnowledgeError(SourceLocation Location, string? ItemId, string Message)
{
    public override string ToString() =>
        ItemId is null ? $"{Location}: {Message}" : $"{Location}: {ItemId}: {Message}";
}
