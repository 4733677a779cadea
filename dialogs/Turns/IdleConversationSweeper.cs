using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Closes conversations that have gone quiet for longer than <see cref="ConversationOptions.IdleTimeout"/>:
/// their dialogs get an idle event (so an open case can be closed as abandoned), then their state goes.
/// The host decides how often to sweep.
/// </summary>
public sealed partial class IdleConversationSweeper(
    IStateStore states,
    TurnPipeline pipeline,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<IdleConversationSweeper> logger)
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
            if (await pipeline.CloseIdleAsync(key, idle.ETag, cancellationToken) is not null)
                closed++;
        }
        if (closed > 0)
            LogClosed(logger, closed, options.Value.IdleTimeout);
        return closed;
    }

    [LoggerMessage(1, LogLevel.Information, "Closed {Count} conversation(s) idle for more than {IdleTimeout}")]
    private static partial void LogClosed(ILogger logger, int count, TimeSpan idleTimeout);

    [LoggerMessage(2, LogLevel.Warning, "Skipped state key {StateKey}: it does not name a channel and a conversation")]
    private static partial void LogUnreadableKey(ILogger logger, string stateKey);
}
