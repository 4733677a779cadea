using Microsoft.Extensions.Logging;
using RdpHelpBot.Dialogs.Engine.State;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>The pipeline's log lines. They name conversations, never what anyone wrote.</summary>
internal static partial class TurnPipelineLog
{
    [LoggerMessage(1, LogLevel.Information,
        "Conversation {ChannelId}:{ConversationId} restarted: its stored state could not be resumed ({Reason})")]
    public static partial void StateReset(ILogger logger, string channelId, string conversationId, DialogStateResetReason reason);

    [LoggerMessage(2, LogLevel.Error,
        "A turn of conversation {ChannelId}:{ConversationId} failed with {ExceptionType}; its previous state was kept")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string channelId, string conversationId, string exceptionType);

    [LoggerMessage(3, LogLevel.Debug,
        "Conversation {ChannelId}:{ConversationId} was saved by another turn first; running attempt {Attempt} again")]
    public static partial void RetryingAfterConflict(ILogger logger, string channelId, string conversationId, int attempt);

    [LoggerMessage(4, LogLevel.Error,
        "Gave up on a turn of conversation {ChannelId}:{ConversationId} after {Attempts} attempts: other turns kept saving first")]
    public static partial void GaveUpAfterConflicts(ILogger logger, string channelId, string conversationId, int attempts);

    [LoggerMessage(5, LogLevel.Warning, "Could not record the transcript of a turn of conversation {ChannelId}:{ConversationId}")]
    public static partial void TranscriptFailed(ILogger logger, Exception exception, string channelId, string conversationId);
}
