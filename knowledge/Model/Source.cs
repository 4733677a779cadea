namespace RdpHelpBot.Knowledge.Model;

/// <summary>A document the knowledge cites: a seed article, a Microsoft page, a specification.</summary>
public sealed class Source : KnowledgeItem
{
    public SourceKind Kind { get; init; }
    public string Title { get; init; } = "";

    /// <summary>Link for published documents.</summary>
    public string? Url { get; init; }

    /// <summary>File name for the seed articles (e.g. <c>000_879fd4d3ee5397cc.txt</c>).</summary>
    public string? File { get; init; }

    public bool IsMicrosoft => Kind is SourceKind.MicrosoftDocs or SourceKind.MicrosoftSpec;
}

public enum SourceKind
{
    /// <summary>One of the two SEO articles the knowledge base started from; claims are unverified.</summary>
    SeedArticle,
    MicrosoftDocs,
    MicrosoftSpec,
    ThirdParty,
}

/// <summary>A citation: which source, and optionally the words it uses.</summary>
public sealed class SourceRef : ILocated
{
    public string Ref { get; init; } = "";

    /// <summary>Verbatim words from the source (required for seed articles, so coverage can be checked).</summary>
    public string? Quote { get; init; }

    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }
}
