using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.Slack.SocketMode;

/// <summary>How a Socket Mode connection ended.</summary>
internal enum SocketModeEnd
{
    /// <summary>Slack asked for a new connection (<c>disconnect</c>): reconnect at once.</summary>
    RefreshRequested,

    /// <summary>The socket closed without being asked to: reconnect after a backoff.</summary>
    Closed,
}

/// <summary>
/// One WebSocket to Slack: waits for <c>hello</c>, queues each envelope's payload and then acknowledges it by
/// <c>envelope_id</c> on this same socket, and ends on <c>disconnect</c>, on close, or when nothing (not even a
/// ping) has been heard for the idle timeout. An envelope whose ack is lost is redelivered by Slack and
/// dropped as a duplicate, so a drop neither loses nor doubles a message.
/// </summary>
internal sealed class SocketModeConnection(SlackOptions options, SocketModeDispatcher dispatcher, SocketModeBackoff backoff, SlackLog log)
{
    private const int MaxMessageBytes = 1024 * 1024;

    public async Task<SocketModeEnd> RunAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
        await socket.ConnectAsync(url, stoppingToken);
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            idle.CancelAfter(options.SocketIdleTimeout);
            if (await ReceiveAsync(socket, idle.Token) is not { } text)
                return SocketModeEnd.Closed;
            if (await HandleAsync(socket, text, stoppingToken) is { } end)
                return end;
        }
    }

    private async Task<SocketModeEnd?> HandleAsync(ClientWebSocket socket, byte[] text, CancellationToken stoppingToken)
    {
        SocketModeMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketModeMessage);
        }
        catch (JsonException e)
        {
            log.SocketMessageUnreadable(e.Message);
            return null;
        }
        switch (message)
        {
            case { Type: SocketModeMessage.Hello }:
                backoff.Reset();
                log.SocketConnected(message.NumConnections);
                return null;
            case { Type: SocketModeMessage.Disconnect }:
                log.SocketDisconnectRequested(message.Reason ?? "no reason given");
                await CloseQuietlyAsync(socket, stoppingToken);
                return SocketModeEnd.RefreshRequested;
            case { EnvelopeId: { } envelopeId }:
                await DispatchAsync(message, stoppingToken);
                await AcknowledgeAsync(socket, envelopeId, stoppingToken);
                return null;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(SocketModeMessage envelope, CancellationToken cancellationToken)
    {
        if (envelope is not { Type: { } type, Payload: { } payload })
            return;
        try
        {
            await dispatcher.DispatchAsync(type, payload, cancellationToken);
        }
        catch (JsonException e)
        {
            log.SocketMessageUnreadable(e.Message);
        }
    }

    private static Task AcknowledgeAsync(ClientWebSocket socket, string envelopeId, CancellationToken cancellationToken) =>
        socket.SendAsync(
            JsonSerializer.SerializeToUtf8Bytes(new SocketModeAck(envelopeId), SlackJsonContext.Default.SocketModeAck).AsMemory(),
            WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    /// <summary>One whole text message, or null when the socket closed.</summary>
    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
                return null;
            if (message.WrittenCount + received.Count > MaxMessageBytes)
                throw new WebSocketException(WebSocketError.Faulted, $"A Socket Mode message exceeded {MaxMessageBytes} bytes.");
            message.Write(buffer.AsSpan(0, received.Count));
            if (received.EndOfMessage)
                return message.WrittenSpan.ToArray();
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The old socket is being replaced; if it will not close politely it is simply dropped.
        }
    }
}
