using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stream_OpenedAfterStart_ReplaysWhatWasSentBeforeIt()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var socket = await ConnectAsync(conversation.StreamUrl);

        var set = await ReceiveSetAsync(socket);
        Assert.Contains("0x904", set.GetProperty("activities")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("1", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_UserPosts_SendsTheEchoThenTypingThenTheReplies()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl);
        await ReceiveSetAsync(socket);

        using (await server.PostMessageAsync(conversation, "I get 0x904", clientActivityId: "c-7")) { }

        var echo = (await ReceiveSetAsync(socket)).GetProperty("activities")[0];
        var typing = await ReceiveSetAsync(socket);
        var reply = (await ReceiveSetAsync(socket)).GetProperty("activities")[0];
        Assert.Equal("c-7", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("typing", typing.GetProperty("activities")[0].GetProperty("type").GetString());
        Assert.False(typing.TryGetProperty("watermark", out _), "typing is not kept, so it has no watermark");
        Assert.Equal(("message", "bot"), (reply.GetProperty("type").GetString(), reply.GetProperty("from").GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Stream_FromReconnectUrl_SendsOnlyActivitiesAfterTheWatermark()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        using (await server.PostMessageAsync(conversation, "I get 0x904")) { }
        var all = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        using var reconnect = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=2", conversation.Token);
        var streamUrl = (await DirectLineServer.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!;

        using var socket = await ConnectAsync(streamUrl);

        var set = await ReceiveSetAsync(socket);
        Assert.Equal(all.Skip(2), set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Stream_StreamUrlOfAnotherConversation_IsRefused()
    {
        await using var server = await DirectLineServer.StartAsync();
        var mine = await server.StartConversationAsync();
        var other = await server.StartConversationAsync();
        var query = new Uri(other.StreamUrl).Query;

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync($"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{mine.Id}/stream{query}"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WithoutToken_IsRefused()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync($"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{conversation.Id}/stream"));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_StreamUrlOlderThanAMinute_IsRefused()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        server.Time.Advance(TimeSpan.FromMinutes(2));

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(conversation.StreamUrl));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_SecondStreamOnTheConversation_ClosesTheFirstAsCollision()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        using var first = await ConnectAsync(conversation.StreamUrl);
        await ReceiveSetAsync(first);
        using var reconnect = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=1", conversation.Token);

        using var second = await ConnectAsync((await DirectLineServer.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!);

        var closing = await first.ReceiveAsync(new byte[1024], Ct);
        Assert.Equal((WebSocketMessageType.Close, "collision"), (closing.MessageType, first.CloseStatusDescription));
    }

    [Fact]
    public async Task Stream_Quiet_SendsAnEmptyKeepAliveFrame()
    {
        await using var server = await DirectLineServer.StartAsync("--DirectLine:KeepAliveInterval=00:00:30");
        var conversation = await server.StartConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl);
        await ReceiveSetAsync(socket);

        var frame = ReceiveFrameAsync(socket);
        await WaitUntilAsync(() => { server.Time.Advance(TimeSpan.FromSeconds(30)); return frame.IsCompleted; });

        Assert.Equal("", await frame);
    }

    internal static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(streamUrl), Ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static async Task<JsonElement> ReceiveSetAsync(WebSocket socket)
    {
        string text;
        do
        {
            text = await ReceiveFrameAsync(socket);
        }
        while (text.Length == 0);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<string> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            await message.WriteAsync(buffer.AsMemory(0, received.Count), timeout.Token);
        }
        while (!received.EndOfMessage);
        Assert.Equal(WebSocketMessageType.Text, received.MessageType);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 100 && !done(); i++)
            await Task.Delay(20, Ct);
    }
}
