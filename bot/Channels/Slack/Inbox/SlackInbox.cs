using System.Text.Json;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Where Slack's requests go once they are acknowledged, so Slack gets its answer within three seconds and the turn
/// runs afterwards. Each is kept in the inbound store first (a redelivery sharing any of its keys is dropped there),
/// then run on the conversation queue: in order within its conversation, beside every other conversation's work.
/// The instance that keeps the work holds it (<see cref="InboundClaims"/>) until it has run; work kept but never
/// handled (the bot stopped first) is run again at the next start, or by another instance once the stopped one's
/// claim has run out.
/// </summary>
internal sealed class SlackInbox(
    IInboundStore store, InboundClaims claims, InboundRuns runs, ConversationQueue queue, SlackTurnProcessor processor, TimeProvider time, SlackLog log)
    : IHostedService, IInboundChannel
{
    /// <summary>The channel Slack's items are kept under in the inbound store.</summary>
    public const string Channel = SlackTurnProcessor.ChannelId;

    /// <summary>Kept under another key of the same work, only so that a copy with that key is recognised; never run.</summary>
    private const string AliasPayload = "";

    private const int ReplayBatch = 100;

    /// <summary>Keeps and queues the work unless it was received before; false for a duplicate.</summary>
    public async Task<bool> AcceptAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        cancellationToken.ThrowIfCancellationRequested();
        var conversation = Key(inbound);
        var now = time.GetUtcNow();
        // Once begun, the keys are all written even if the caller goes away: a half-kept item would drop its retry.
        var id = inbound.DedupeKeys.Count > 0 ? inbound.DedupeKeys[0] : $"untracked:{Guid.NewGuid():N}";
        var payload = JsonSerializer.Serialize(inbound, SlackInboundJsonContext.Default.SlackInbound);
        var claim = claims.Now();
        if (!await store.AcceptAsync(new InboundItem(Channel, id, conversation, payload, now), claim, CancellationToken.None))
        {
            log.DuplicateDropped(inbound.GetType().Name, conversation);
            return false;
        }
        // The other keys are kept as handled aliases, so a copy that shares only one of them is recognised too.
        foreach (var alias in inbound.DedupeKeys.Skip(1))
        {
            if (await store.AcceptAsync(new InboundItem(Channel, alias, conversation, AliasPayload, now), claim, CancellationToken.None))
                await runs.MarkHandledAsync(Channel, alias, CancellationToken.None);
        }
        Enqueue(inbound, id);
        return true;
    }

    /// <summary>Runs again what an earlier process accepted and never handled, before any new work arrives.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => TakeOverAsync(cancellationToken);

    /// <remarks>What this process kept itself is held by it, so it is not queued twice.</remarks>
    public async Task<int> TakeOverAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        while (true)
        {
            var unhandled = await store.TakeUnhandledAsync(Channel, ReplayBatch, claims.Now(), cancellationToken);
            foreach (var item in unhandled)
            {
                if (item.Payload == AliasPayload || Read(item.Payload) is not { } inbound)
                    await runs.MarkHandledAsync(Channel, item.Id, cancellationToken);
                else if (Enqueue(inbound, item.Id))
                    queued++;
            }
            if (unhandled.Count < ReplayBatch)
                return queued;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool Enqueue(SlackInbound inbound, string id)
    {
        // Refused only when the conversation or the host is over its bound, or stopping: the work stays kept for the next start.
        if (queue.TryEnqueue(Key(inbound), stopping => RunAsync(inbound, id, stopping)))
            return true;
        log.QueueFull(inbound.GetType().Name, Key(inbound));
        return false;
    }

    /// <remarks>A failure other than Slack refusing a call is retried as every channel's is (<see cref="InboundRuns"/>).</remarks>
    private Task RunAsync(SlackInbound inbound, string id, CancellationToken stopping) =>
        runs.RunAsync(Channel, id, async token =>
        {
            try
            {
                // A turn marks the work handled with its own state; anything else is marked handled here.
                if (await processor.ProcessAsync(inbound, id, runs.Handled(Channel, id), token))
                    return;
            }
            catch (SlackApiException e)
            {
                // Slack's answer, which running the work again would only repeat.
                log.ApiCallFailed(e.Method, e.Error, Key(inbound));
            }
            await runs.MarkHandledAsync(Channel, id, CancellationToken.None);
        }, stopping);

    private static string Key(SlackInbound inbound) => new ConversationKey(Channel, inbound.Place.ConversationId).ToString();

    private static SlackInbound? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, SlackInboundJsonContext.Default.SlackInbound);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
