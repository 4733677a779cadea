namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>An answer to a symptom question: the answer picked, if any, and the facts the message stated.</summary>
internal sealed record SymptomReply(string? AnswerId, IReadOnlyList<string> Facts);
