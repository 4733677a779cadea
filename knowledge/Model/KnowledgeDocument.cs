namespace RdpHelpBot.Knowledge.Model;

/// <summary>One knowledge file as written. Any file may hold any of the sections; the loader merges them.</summary>
public sealed class KnowledgeDocument
{
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<ErrorCode> Codes { get; init; } = [];
    public IReadOnlyList<Fact> Facts { get; init; } = [];
    public IReadOnlyList<Question> Questions { get; init; } = [];
    public IReadOnlyList<Cause> Causes { get; init; } = [];
    public IReadOnlyList<Fix> Fixes { get; init; } = [];
    public IReadOnlyList<FactExamples> Examples { get; init; } = [];
    public IReadOnlyList<KnownReport> Reports { get; init; } = [];
}
