using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;

/// <summary>One element of a card body; the JSON names its kind in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
internal abstract record AdaptiveElement
{
    /// <summary><c>none</c>, <c>small</c>, <c>medium</c>…; null keeps the host's default.</summary>
    public string? Spacing { get; init; }
}

/// <summary>Text in the card's Markdown subset.</summary>
internal sealed record TextBlock(string Text) : AdaptiveElement
{
    public const string Bolder = "Bolder";
    public const string Monospace = "Monospace";

    public bool Wrap { get; init; } = true;
    public string? Weight { get; init; }
    public string? Size { get; init; }
    public string? FontType { get; init; }
    public bool? IsSubtle { get; init; }
}

/// <summary>Text drawn exactly as written: its runs are never read as Markdown.</summary>
internal sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : AdaptiveElement;

internal sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string? FontType { get; init; }
}

internal sealed record Container(IReadOnlyList<AdaptiveElement> Items) : AdaptiveElement
{
    public const string EmphasisStyle = "emphasis";

    public string? Style { get; init; }
}

internal sealed record FactSet(IReadOnlyList<AdaptiveFact> Facts) : AdaptiveElement;

internal sealed record AdaptiveFact(string Title, string Value);

internal sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : AdaptiveElement;
