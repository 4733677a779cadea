using System.Text.Json;
using System.Threading.Channels;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// Brings what other instances add to a conversation to the stream open on it here: it listens to the shared history
/// (<see cref="IDirectLineFeed"/>) and catches up each conversation it hears of. While it cannot listen (the connection
/// is down) it polls every stream open here, and once it listens again it catches them all up once, since what
/// changed meanwhile went unheard. What they show and never keep (typing) goes to the stream open here as it is heard,
/// and is lost while it cannot listen. Nothing to do when this instance is the only one on its history.
/// </summary>
internal sealed partial class DirectLineFeedService(
    DirectLineConversations conversations,
    TimeProvider time,
    ILogger<DirectLineFeedService> logger,
    IDirectLineFeed? feed = null) : BackgroundService
{
    /// <summary>How often the streams are polled while nothing is heard, and how long a failed listen waits to try again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>Conversations heard of and not caught up yet; past this many, the next poll catches up every stream instead.</summary>
    private const int MaxHeard = 1000;

    private readonly Channel<string> _heard = Channel.CreateBounded<string>(MaxHeard);
    private volatile bool _listening;
    private int _missed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (feed is null)
            return;
        await Task.WhenAll(ListenAsync(feed, stoppingToken), CatchUpHeardAsync(stoppingToken), PollAsync(stoppingToken));
    }

    private async Task ListenAsync(IDirectLineFeed feed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await feed.ListenAsync(Heard, Transient, Listening, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Deliberately broad: whatever broke the connection, the streams are polled until it listens again.
                if (_listening)
                    LogListenLost(logger, exception);
                else
                    LogListenFailed(logger, exception.Message);
                _listening = false;
            }
            try
            {
                await Task.Delay(PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Listening()
    {
        _listening = true;
        Interlocked.Exchange(ref _missed, 1);
        LogListening(logger);
    }

    private void Heard(string conversationId)
    {
        if (!_heard.Writer.TryWrite(conversationId))
            Interlocked.Exchange(ref _missed, 1);
    }

    private void Transient(string conversationId, JsonElement activity) =>
        conversations.FindWithStream(conversationId)?.SendTransient(activity);

    private async Task CatchUpHeardAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var conversationId in _heard.Reader.ReadAllAsync(stoppingToken))
            {
                if (conversations.FindWithStream(conversationId) is { } conversation)
                    await CatchUpAsync(conversation, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (_listening && Interlocked.Exchange(ref _missed, 0) == 0)
                    continue;
                foreach (var conversation in conversations.WithStream())
                    await CatchUpAsync(conversation, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private async Task CatchUpAsync(DirectLineConversation conversation, CancellationToken stoppingToken)
    {
        try
        {
            await conversation.CatchUpAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: the next poll tries again; one conversation must not keep the others' streams waiting.
            Interlocked.Exchange(ref _missed, 1);
            LogCatchUpFailed(logger, conversation.Id, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Hearing other instances' Direct Line activities")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(2, LogLevel.Warning, "Stopped hearing other instances' Direct Line activities; open streams are polled until it listens again")]
    private static partial void LogListenLost(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Cannot listen for other instances' Direct Line activities ({Reason}); open streams are polled meanwhile")]
    private static partial void LogListenFailed(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Debug, "Catching up Direct Line conversation {ConversationId} with other instances failed")]
    private static partial void LogCatchUpFailed(ILogger logger, string conversationId, Exception exception);
}
