using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

/// <summary>The Socket Mode side of the fake Slack: hands each WebSocket the bot opens to the test.</summary>
internal sealed class FakeSocketModeServer : IDisposable
{
    private readonly Channel<FakeSocketConnection> _opened = Channel.CreateUnbounded<FakeSocketConnection>();
    private readonly CancellationTokenSource _stopping = new();
    private int _connections;

    public int Connections => Volatile.Read(ref _connections);

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket);
        Interlocked.Increment(ref _connections);
        _opened.Writer.TryWrite(connection);
        await connection.RunAsync(_stopping.Token);
    }

    /// <summary>The next connection the bot opens.</summary>
    public async Task<FakeSocketConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _opened.Reader.ReadAsync(wait.Token);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
