using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Turns.Transcripts;

/// <summary>Turns one turn into transcript lines: the user's line first, then each reply.</summary>
internal static class TurnTranscript
{
    public static IReadOnlyList<TranscriptLine> Lines(
        ConversationKey key, TurnRequest request, DateTimeOffset received, IReadOnlyList<Reply> replies, DateTimeOffset answered)
    {
        var conversation = key.ToString();
        var lines = new List<TranscriptLine>(replies.Count + 1)
        {
            new(conversation, received, TranscriptSpeaker.User, request.Text?.Trim() ?? "", request.ChoiceValue, request.EventName),
        };
        lines.AddRange(replies.Select(reply => new TranscriptLine(conversation, answered, TranscriptSpeaker.Bot, reply.Text, Reply: reply)));
        return lines;
    }
}
