using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// Shows the user the bot is at work on a turn that takes a while (a host check): a <c>typing</c> activity after
/// <see cref="FirstAfter"/>, again every <see cref="Every"/> (Teams shows one for a few seconds) until the turn's
/// replies go. Sent straight through the Connector, not kept: a lost one costs nothing.
/// </summary>
internal sealed partial class TypingIndicator(ConnectorClient connector, TimeProvider time, ILogger<TypingIndicator> logger)
{
    public static readonly TimeSpan FirstAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    /// <summary>Starts showing it for the turn of <paramref name="incoming"/>; disposing the result stops it.</summary>
    public IAsyncDisposable Start(Activity incoming, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return new Running(stop, ShowAsync(incoming, stop.Token));
    }

    private async Task ShowAsync(Activity incoming, CancellationToken cancellationToken)
    {
        // Not a reply to the message: a client that waits for the answer to its message must not take this for it.
        var typing = new Activity { Type = ActivityTypes.Typing }.ReplyTo(incoming) with { ReplyToId = null };
        // Most turns end within the first second: waits end without throwing when they are cancelled.
        await Task.Delay(FirstAfter, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await connector.SendAsync(typing, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Deliberately broad: best effort; the replies are what counts, and they go through the outbox.
                LogNotShown(incoming.ChannelId, exception.GetType().Name);
                return;
            }
            catch (OperationCanceledException)
            {
                // The replies are going: typing is over.
                return;
            }
            await Task.Delay(Every, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private sealed class Running(CancellationTokenSource stop, Task showing) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await showing;
            stop.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A typing indicator to a {ChannelId} conversation was not sent ({ExceptionType})")]
    private partial void LogNotShown(string? channelId, string exceptionType);
}
