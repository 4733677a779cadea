namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// The result of a prompt that got no usable answer in its allowed attempts. The caller decides the way out:
/// skip the question, offer a human, or end.
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
