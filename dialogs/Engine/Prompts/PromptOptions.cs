using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks and how; stored with the prompt so it can ask again after a restart.</summary>
public sealed record PromptOptions
{
    /// <summary>The question. Without it the prompt waits silently, e.g. after a card that asked already.</summary>
    public Reply? Prompt { get; init; }

    /// <summary>Sent after an answer the prompt cannot use; default: a hint naming what it expects.</summary>
    public Reply? RetryPrompt { get; init; }

    /// <summary>The answers a <see cref="ChoicePrompt"/> accepts.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Unusable answers before the prompt gives up; default <see cref="PromptDefaults.MaxAttempts"/>.</summary>
    public int? MaxAttempts { get; init; }

    public static PromptOptions Ask(string text, IReadOnlyList<Choice>? choices = null) =>
        new() { Prompt = new Reply(text), Choices = choices };
}
