using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RdpHelpBot.Bot.Channels;

/// <summary>
/// Runs work after the request that brought it has been answered: one item at a time per conversation, in the
/// order received, conversations side by side, so one slow turn (a host check) holds only its own conversation.
/// Bounded per conversation and in all; the host waits for running work when it stops.
/// </summary>
internal sealed partial class ConversationQueue(ILogger<ConversationQueue> logger) : IHostedService
{
    /// <summary>Items one conversation may have waiting; a client sending faster than its turns run is refused beyond it.</summary>
    public const int MaxPerConversation = 20;

    /// <summary>Items waiting or running in all conversations together.</summary>
    public const int MaxTotal = 5_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();
    private bool _stopped;
    private int _total;

    /// <summary>Conversations with work waiting or running.</summary>
    public int BusyConversations
    {
        get
        {
            lock (_gate)
                return _waiting.Count;
        }
    }

    /// <summary>Queues <paramref name="work"/> behind the conversation's earlier work; false when a bound is reached or the host is stopping.</summary>
    public bool TryEnqueue(string conversationKey, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (_stopped || _total >= MaxTotal)
                return false;
            if (_waiting.TryGetValue(conversationKey, out var queue))
            {
                if (queue.Count >= MaxPerConversation)
                    return false;
                queue.Enqueue(work);
                _total++;
                return true;
            }
            queue = new Queue<Func<CancellationToken, Task>>();
            queue.Enqueue(work);
            _waiting[conversationKey] = queue;
            _total++;
            var runner = Task.Run(() => RunAsync(conversationKey, queue));
            _running.Add(runner);
            _ = runner.ContinueWith(done => Forget(done), TaskScheduler.Default);
            return true;
        }
    }

    private async Task RunAsync(string conversationKey, Queue<Func<CancellationToken, Task>> queue)
    {
        while (true)
        {
            Func<CancellationToken, Task> work;
            lock (_gate)
            {
                // Once stopping, what has not started stays for the next start: the channels keep what they accepted.
                if (_stopped || !queue.TryPeek(out work!))
                {
                    _total -= queue.Count;
                    _waiting.Remove(conversationKey);
                    return;
                }
            }
            try
            {
                await work(_stopping.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                // Deliberately broad: one failed item must not stop the conversation's later ones.
                LogWorkFailed(exception, exception.GetType().Name);
            }
            catch (OperationCanceledException)
            {
                // The host is stopping; what waits behind it is given up with the process.
            }
            lock (_gate)
            {
                queue.Dequeue();
                _total--;
            }
        }
    }

    private void Forget(Task runner)
    {
        lock (_gate)
            _running.Remove(runner);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Takes no new work and lets the running items finish until the host's shutdown timeout, then cancels them.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            _stopped = true;
            running = [.. _running];
        }
        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queued work for a conversation failed ({ExceptionType}); the conversation's later work goes on")]
    private partial void LogWorkFailed(Exception exception, string exceptionType);
}

internal static class ConversationQueueExtensions
{
    /// <summary>The one queue every channel that answers before its turn runs shares; adding it twice adds it once.</summary>
    public static IServiceCollection AddConversationQueue(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationQueue>());
        return services;
    }
}
