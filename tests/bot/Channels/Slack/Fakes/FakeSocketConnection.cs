using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

/// <summary>One Socket Mode connection, server side: speaks Slack's envelope protocol and records the acks.</summary>
internal sealed class FakeSocketConnection(WebSocket socket)
{
    private readonly Channel<string> _acks = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Closed => _closed.Task;

    public Task SendHelloAsync() => SendAsync(new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = 1,
        ["debug_info"] = new JsonObject { ["host"] = "applink-test", ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = "A1" },
    });

    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-test" } });

    /// <summary>Sends an envelope and returns its id.</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload, int retryAttempt = 0)
    {
        var id = Guid.NewGuid().ToString();
        await SendAsync(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = type != "events_api",
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt == 0 ? "" : "timeout",
        });
        return id;
    }

    public async Task WaitForAckAsync(string envelopeId, TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (await _acks.Reader.ReadAsync(wait.Token) != envelopeId)
        {
            // Acks of other envelopes: not the one awaited.
        }
    }

    /// <summary>Drops the connection without a close handshake, as a network failure would.</summary>
    public void Drop() => socket.Abort();

    public async Task RunAsync(CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, stopping);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
                var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, received.Count));
                if ((string?)message?["envelope_id"] is { } id)
                    _acks.Writer.TryWrite(id);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped by the test or the bot: the connection is over either way.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private Task SendAsync(JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
}
