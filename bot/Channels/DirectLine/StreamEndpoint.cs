using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>: activity sets as text frames, empty frames as
/// keep-alives; what the client sends is ignored. One stream per conversation: a newer one closes the older
/// with the reason <c>collision</c>.
/// </summary>
internal sealed class StreamEndpoint(
    DirectLineAuthorizer authorizer,
    DirectLineConversations conversations,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time)
{
    public const string CollisionReason = "collision";

    public async Task<IResult> OpenAsync(HttpContext context, string conversationId, string? watermark, string? t)
    {
        var credential = authorizer.ReadValue(t ?? "");
        if (string.IsNullOrEmpty(t))
            return DirectLineErrors.Missing();
        if (credential.Kind != CredentialKind.Token || credential.Token!.ConversationId != conversationId)
            return credential.RefuseUnlessValid() ?? DirectLineErrors.Forbidden();
        if (!Watermarks.TryParse(watermark, out var after))
            return Watermarks.Invalid(watermark);
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineErrors.BadArgument("The stream is a WebSocket: connect with Upgrade: websocket.");

        var conversation = await conversations.GetOrAddAsync(conversationId, context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stream = conversation.OpenStream(after);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var receiving = IgnoreUntilClosedAsync(socket, ended);
        var keepingAlive = KeepAliveAsync(stream, ended.Token);
        try
        {
            // Opened first, so that nothing other instances add between the catch-up and the opening is missed.
            await conversation.CatchUpAsync(ended.Token);
            await SendAsync(socket, stream, ended.Token);
            await CloseAsync(socket, stream);
            // The client answers a close; past a grace period it is simply dropped.
            await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), ended.Token));
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping; nothing is lost, it reconnects from its watermark.
        }
        finally
        {
            conversation.CloseStream(stream);
            await AnswerCloseAsync(socket);
            await ended.CancelAsync();
            await Task.WhenAll(receiving, keepingAlive);
        }
        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, ActivityStream stream, CancellationToken cancellationToken)
    {
        await foreach (var set in stream.Sets.ReadAllAsync(cancellationToken))
        {
            var frame = ReferenceEquals(set, ActivityStream.KeepAlive)
                ? []
                : JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJson.Default.ActivitySet);
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }

    private static async Task CloseAsync(WebSocket socket, ActivityStream stream)
    {
        if (socket.State != WebSocketState.Open)
            return;
        var (status, reason) = stream.Replaced
            ? (WebSocketCloseStatus.PolicyViolation, CollisionReason)
            : (WebSocketCloseStatus.NormalClosure, "");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await socket.CloseOutputAsync(status, reason, timeout.Token);
    }

    private static async Task AnswerCloseAsync(WebSocket socket)
    {
        if (socket.State != WebSocketState.CloseReceived)
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client did not wait for the answer.
        }
    }

    /// <summary>Reads (and drops) what the client sends until it closes; then ends the stream.</summary>
    private static async Task IgnoreUntilClosedAsync(WebSocket socket, CancellationTokenSource ended)
    {
        var buffer = new byte[1024];
        try
        {
            while (!ended.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, ended.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed from either side.
        }
        await ended.CancelAsync();
    }

    private async Task KeepAliveAsync(ActivityStream stream, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeepAliveInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                stream.Send(ActivityStream.KeepAlive);
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }
}
