namespace RdpHelpBot.Knowledge.Model;

/// <summary>Any item of the knowledge base that has an id and a place in a file.</summary>
public abstract class KnowledgeItem : ILocated
{
    public string Id { get; init; } = "";

    /// <summary>Set by the loader; never written in the files.</summary>
    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }
}

/// <summary>An item that makes claims and must say where they come from.</summary>
public abstract class SourcedItem : KnowledgeItem
{
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}
