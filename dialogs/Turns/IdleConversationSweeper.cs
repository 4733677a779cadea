using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Closes conversations that have gone quiet for longer than <see cref="ConversationOptions.IdleTimeout"/>:
/// their dialogs get an idle event (so an open case can be closed as abandoned), then their state goes.
/// What the dialogs say then is sent to the conversation through the outbox, once, by its channel's messenger; a
/// conversation no channel here sends to (the terminal's) is closed without a message. The host decides how often to sweep.
/// </summary>
public sealed partial class IdleConversationSweeper(
    IStateStore states,
    TurnPipeline pipeline,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<IdleConversationSweeper> logger,
    IProactiveMessenger? messenger = null,
    ConversationAddresses? addresses = null)
{
    /// <summary>Closes every idle conversation; returns how many were closed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.IdleTimeout;
        var closed = 0;
        foreach (var idle in await states.ListWrittenBeforeAsync(cutoff, cancellationToken))
        {
            if (!ConversationKey.TryParse(idle.Key, out var key))
            {
                LogUnreadableKey(logger, idle.Key);
                continue;
            }
            if (await pipeline.CloseIdleAsync(key, idle.ETag, await GoodbyeAsync(key, idle.ETag, cancellationToken), cancellationToken) is not null)
                closed++;
        }
        if (closed > 0)
            LogClosed(logger, closed, options.Value.IdleTimeout);
        return closed;
    }

    /// <summary>How the goodbye becomes an outgoing message to the conversation; null when no channel here sends to it.</summary>
    private async Task<Func<IReadOnlyList<Reply>, IOutgoingBatch>?> GoodbyeAsync(ConversationKey key, string idleETag, CancellationToken cancellationToken)
    {
        if (messenger is null)
            return null;
        var to = addresses is null
            ? ConversationAddress.Conversation(key.ChannelId, key.ConversationId)
            : await addresses.ResolveAsync(key, cancellationToken);
        if (!messenger.CanSend(to))
            return null;
        // The id names this idle state: closing the same state again writes no second message.
        return replies => messenger.Prepare([new OutgoingMessage($"idle-goodbye:{key}:{idleETag}", to, replies)]);
    }

    [LoggerMessage(1, LogLevel.Information, "Closed {Count} conversation(s) idle for more than {IdleTimeout}")]
    private static partial void LogClosed(ILogger logger, int count, TimeSpan idleTimeout);

    [LoggerMessage(2, LogLevel.Warning, "Skipped state key {StateKey}: it does not name a channel and a conversation")]
    private static partial void LogUnreadableKey(ILogger logger, string stateKey);
}
