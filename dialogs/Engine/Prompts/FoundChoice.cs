namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognised; <see cref="Index"/> counts from zero.</summary>
public sealed record FoundChoice(string Value, string Label, int Index);
