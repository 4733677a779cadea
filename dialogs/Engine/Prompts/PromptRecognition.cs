using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

public enum PromptRecognitionKind
{
    Matched,
    NoMatch,

    /// <summary>Several answers fit equally well; the prompt asks which one was meant.</summary>
    Ambiguous,
}

/// <summary>What a prompt made of the user's message.</summary>
public sealed record PromptRecognition<T>(PromptRecognitionKind Kind, T? Value, IReadOnlyList<Choice> Candidates)
{
    public bool Succeeded => Kind == PromptRecognitionKind.Matched;
}

internal static class PromptRecognition
{
    public static PromptRecognition<T> Matched<T>(T value) => new(PromptRecognitionKind.Matched, value, []);

    public static PromptRecognition<T> NoMatch<T>() => new(PromptRecognitionKind.NoMatch, default, []);

    public static PromptRecognition<T> Ambiguous<T>(IReadOnlyList<Choice> candidates) =>
        new(PromptRecognitionKind.Ambiguous, default, candidates);
}
