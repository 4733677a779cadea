using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Turns.Transcripts;

/// <summary>
/// One line of a conversation's transcript: what the user sent (text, clicked value or event), or one reply
/// the bot sent.
/// </summary>
public sealed record TranscriptLine(
    string ConversationKey,
    DateTimeOffset At,
    TranscriptSpeaker Speaker,
    string Text,
    string? ChoiceValue = null,
    string? EventName = null,
    Reply? Reply = null);

public enum TranscriptSpeaker
{
    User,
    Bot,
}
