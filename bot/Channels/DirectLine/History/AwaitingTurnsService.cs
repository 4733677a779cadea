namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// At start, answers the Direct Line messages kept before the bot stopped (or crashed) but not answered yet, so
/// no user waits forever for a reply to a message the bot already accepted.
/// </summary>
internal sealed partial class AwaitingTurnsService(
    IDirectLineHistory history,
    DirectLineConversations conversations,
    DirectLineTurns turns,
    ILogger<AwaitingTurnsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host listens while the backlog is answered.
        await Task.Yield();
        IReadOnlyList<string> waiting;
        try
        {
            waiting = await history.ListAwaitingTurnAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: the messages stay kept as awaiting and are answered when their conversation is next used.
            LogListFailed(logger, exception);
            return;
        }
        if (waiting.Count > 0)
            LogAnswering(logger, waiting.Count);
        foreach (var conversationId in waiting)
        {
            stoppingToken.ThrowIfCancellationRequested();
            await AnswerAsync(conversationId, stoppingToken);
        }
    }

    private async Task AnswerAsync(string conversationId, CancellationToken stoppingToken)
    {
        try
        {
            var conversation = await conversations.GetOrAddAsync(conversationId, stoppingToken);
            await using (await conversation.HoldAsync(stoppingToken))
                await turns.AnswerAwaitingAsync(conversation);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: one conversation that cannot be answered now must not keep the others waiting.
            LogAnswerFailed(logger, conversationId, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Answering the messages of {Count} Direct Line conversation(s) kept before the last stop")]
    private static partial void LogAnswering(ILogger logger, int count);

    [LoggerMessage(2, LogLevel.Error, "Finding Direct Line messages awaiting an answer failed")]
    private static partial void LogListFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Error, "Answering the kept messages of Direct Line conversation {ConversationId} failed")]
    private static partial void LogAnswerFailed(ILogger logger, string conversationId, Exception exception);
}
