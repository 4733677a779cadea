using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>What one client can make the bot keep and do: bytes per conversation, posts and new conversations per minute.</summary>
public sealed class DirectLineLimitsTests : IDisposable
{
    private const int Budget = 262_144;

    private readonly TemporaryFolder _folder = new();

    private static string Settings(string name, int value) => $"--DirectLine:{name}={value}";

    /// <summary>A message with no text, only a 50 KB attachment: kept, and no turn to wait for.</summary>
    private static async Task PostAttachmentsAsync(DirectLineServer server, StartedConversation conversation, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new
            {
                type = "message",
                from = new { id = "user-1" },
                attachments = new[] { new { contentType = "text/plain", content = new string((char)('a' + i), 50_000) } },
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static long BytesOf(JsonElement set) => set.GetProperty("activities").EnumerateArray().Sum(a => (long)a.GetRawText().Length);

    [Fact]
    public async Task GetActivities_PastTheByteBudget_ShowsOnlyTheNewestThatFit()
    {
        await using var server = await DirectLineServer.StartAsync(Settings("MaxBytesPerConversation", Budget));
        var conversation = await server.StartConversationAsync();

        await PostAttachmentsAsync(server, conversation, 10);

        var set = await server.GetActivitiesAsync(conversation);
        Assert.InRange(BytesOf(set), Budget - 60_000, Budget);
        Assert.Equal(new string('j', 50_000), set.GetProperty("activities").EnumerateArray().Last().GetProperty("attachments")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Restart_PastTheByteBudget_TheStoreKeptOnlyWhatFits()
    {
        StartedConversation conversation;
        await using (var server = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: true, Settings("MaxBytesPerConversation", Budget)))
        {
            conversation = await server.StartConversationAsync();
            await PostAttachmentsAsync(server, conversation, 10);
        }

        // A larger budget after the restart shows whatever the store still has.
        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: true, Settings("MaxBytesPerConversation", 4 * Budget));

        Assert.InRange(BytesOf(await restarted.GetActivitiesAsync(conversation)), Budget - 60_000, Budget);
    }

    [Fact]
    public async Task PostActivity_LargeEvent_Returns413AndKeepsNothing()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var before = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").GetArrayLength();

        using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token,
            new { type = "event", name = "fill", from = new { id = "user-1" }, value = new string('x', 10_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4096", (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await server.GetActivitiesAsync(conversation)).GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task PostActivity_TypingWithContent_IsKeptWithoutIt()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var posted = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new
        {
            type = "typing",
            from = new { id = "user-1" },
            text = "not for a typing indicator",
            attachments = new[] { new { contentType = "text/plain", content = "nor this" } },
            channelData = new { clientActivityID = "typing-1" },
        });

        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        var echo = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal((false, false, "typing-1"),
            (echo.TryGetProperty("text", out _), echo.TryGetProperty("attachments", out _), echo.GetProperty("channelData").GetProperty("clientActivityID").GetString()));
    }

    [Fact]
    public async Task PostActivity_PastTheRate_Returns429WithRetryAfterAndKeepsNothing()
    {
        await using var server = await DirectLineServer.StartAsync(Settings("ActivitiesPerMinute", 3));
        var conversation = await server.StartConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await server.PostMessageAsync(conversation, "hello", clientActivityId: $"c{i}");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        var before = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").GetArrayLength();

        using var refused = await server.PostMessageAsync(conversation, "hello", clientActivityId: "c3");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        Assert.Equal("TooManyRequests", (await DirectLineServer.ReadJsonAsync(refused)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, (await server.GetActivitiesAsync(conversation)).GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task PostActivity_PastTheRate_HoldsBackOnlyThatConversationsOwnPosts()
    {
        await using var server = await DirectLineServer.StartAsync(Settings("ActivitiesPerMinute", 1));
        var mine = await server.StartConversationAsync();
        var other = await server.StartConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            using var refused = await server.PostMessageAsync(mine, "hello", bearer: other.Token);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var first = await server.PostMessageAsync(mine, "hello");
        using var second = await server.PostMessageAsync(mine, "hello");
        using var elsewhere = await server.PostMessageAsync(other, "hello");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, elsewhere.StatusCode));
    }

    [Fact]
    public async Task WebChatToken_PastTheRatePerClient_Returns429WithRetryAfter()
    {
        await using var server = await DirectLineServer.StartAsync(Settings("ConversationsPerClientPerMinute", 2));
        for (var i = 0; i < 2; i++)
        {
            using var granted = await server.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        }

        using var refused = await server.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal("TooManyRequests", (await DirectLineServer.ReadJsonAsync(refused)).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("MaxBytesPerConversation", 1000, "DirectLine:MaxBytesPerConversation must be between 262144 and 1073741824.")]
    [InlineData("MaxNonMessageActivityBytes", 100, "DirectLine:MaxNonMessageActivityBytes must be between 256 and 262144.")]
    [InlineData("ActivitiesPerMinute", 0, "DirectLine:ActivitiesPerMinute must be between 1 and 10000.")]
    [InlineData("ConversationsPerClientPerMinute", 0, "DirectLine:ConversationsPerClientPerMinute must be between 1 and 10000.")]
    public async Task Start_LimitOutOfRange_StopsWithTheSettingsName(string name, int value, string message)
    {
        await using var app = BotHost.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", Settings(name, value)], TextWriter.Null);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app!.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
