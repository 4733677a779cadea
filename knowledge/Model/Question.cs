namespace RdpHelpBot.Knowledge.Model;

/// <summary>A symptom question the engine may ask; each answer is evidence of a fact (or of nothing).</summary>
public sealed class Question : KnowledgeItem
{
    public string Text { get; init; } = "";

    /// <summary>Why the bot asks, shown on request.</summary>
    public string Why { get; init; } = "";

    public IReadOnlyList<Answer> Answers { get; init; } = [];

    /// <summary>
    /// Facts besides the answers' own that answer the question once the user has said them ("the IT firm did a
    /// tune-up" answers "did anything change?" though no button says so).
    /// </summary>
    public IReadOnlyList<string> AnsweredBy { get; init; } = [];
}

public sealed class Answer : ILocated
{
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";

    /// <summary>Other words a user may type for this answer.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The fact this answer establishes; none for "Not sure".</summary>
    public string? Fact { get; init; }

    /// <summary>How often people give this answer, used to predict answers when choosing a question.</summary>
    public double Share { get; init; } = 0.5;

    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }

    public bool IsNotSure => Fact is null;
}
