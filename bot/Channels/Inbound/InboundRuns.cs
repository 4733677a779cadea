using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Channels.Inbound;

/// <summary>
/// Runs the turns of inbound items the same way for every channel and storage engine. A turn that fails is not left
/// held by this instance: its item is free again after a back-off of <see cref="InboundClaims.Timeout"/> (any instance,
/// this one included, takes it then), and given up, with a log line, once it has been run
/// <see cref="InboundItem.MaxStarts"/> times. A turn whose item was taken over meanwhile (its claim
/// ran out before it was renewed, as on a machine too busy to renew it; the taker may be this instance) keeps nothing
/// and sends nothing: the taker answers.
/// </summary>
internal sealed partial class InboundRuns(IInboundStore store, InboundClaims claims, ILogger<InboundRuns> logger)
{
    /// <summary>Holds the item's handled mark for its turn, written only while this instance still holds the item.</summary>
    public IStateWriteParticipant Handled(string channel, string id) => store.Handled(channel, id, claims.Owner);

    /// <summary>Marks the item handled without a turn, while this instance still holds it.</summary>
    public Task MarkHandledAsync(string channel, string id, CancellationToken cancellationToken) =>
        store.MarkHandledAsync(channel, id, claims.Owner, cancellationToken);

    /// <summary>Runs <paramref name="turn"/> for the item; what it throws is dealt with here, apart from the host stopping.</summary>
    public async Task RunAsync(string channel, string id, Func<CancellationToken, Task> turn, CancellationToken stopping)
    {
        try
        {
            await turn(stopping);
        }
        catch (InboundClaimLostException)
        {
            LogTakenOver(channel);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // Deliberately broad: whatever failed, the item is tried again a bounded number of times, by any instance.
            // The back-off is a claim's length: the item is free again when a claim made now would run out.
            switch (await store.RetryLaterAsync(channel, id, claims.Now(), CancellationToken.None))
            {
                case InboundRetry.Later:
                    LogRetrying(exception, channel, exception.GetType().Name, claims.Timeout);
                    break;
                case InboundRetry.GivenUp:
                    LogGivenUp(exception, channel, InboundItem.MaxStarts);
                    break;
                default:
                    LogFailed(exception, channel, exception.GetType().Name);
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the turn of a {Channel} item taken over while it ran (its claim ran out before it could be renewed): whoever took it, another instance or this one, answers it")]
    private partial void LogTakenOver(string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn of a {Channel} item failed ({ExceptionType}); it is run again after {Backoff}, by whichever instance takes it")]
    private partial void LogRetrying(Exception exception, string channel, string exceptionType, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn of a {Channel} item failed ({ExceptionType}); another instance holds the item now, or it was handled")]
    private partial void LogFailed(Exception exception, string channel, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on a {Channel} item: its turn failed each of the {Runs} times it was run")]
    private partial void LogGivenUp(Exception exception, string channel, int runs);
}
