using System.Net;
using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>A Direct Line conversation across a restart of the bot on the same data folder.</summary>
public sealed class DirectLineRestartTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetActivities_AfterRestart_ReturnsTheWholeConversationWithItsIdsAndWatermark(bool withSecret)
    {
        var (conversation, before) = await HoldConversationAsync(withSecret);

        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret);
        var after = await restarted.GetActivitiesAsync(conversation);

        Assert.Equal(Summary(before), Summary(after));
    }

    [Fact]
    public async Task Stream_AfterRestartFromTheStart_ReplaysTheWholeConversation()
    {
        var (conversation, before) = await HoldConversationAsync(withSecret: false);
        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: false);
        using var reconnect = await restarted.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", conversation.Token);
        var streamUrl = (await DirectLineServer.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!;

        using var socket = await DirectLineStreamTests.ConnectAsync(streamUrl);

        Assert.Equal(Summary(before), Summary(await DirectLineStreamTests.ReceiveSetAsync(socket)));
    }

    [Fact]
    public async Task PostActivity_AfterRestart_ContinuesTheDialogAsWithoutARestart()
    {
        using var otherFolder = new TemporaryFolder();
        await using var uninterrupted = await DirectLineServer.StartOnAsync(otherFolder.Path, withSecret: false);
        var expected = await ClickFirstChoiceAsync(uninterrupted, await AskAsync(uninterrupted, await uninterrupted.StartWebChatConversationAsync()));
        var (conversation, before) = await HoldConversationAsync(withSecret: false);

        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: false);
        var continued = await ClickFirstChoiceAsync(restarted, (conversation, before));

        Assert.Equal(Texts(expected), Texts(continued));
    }

    [Fact]
    public async Task PostActivity_AfterRestart_GetsTheNextIdAndWatermark()
    {
        var (conversation, before) = await HoldConversationAsync(withSecret: false);
        var count = before.GetProperty("activities").GetArrayLength();

        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: false);
        using var posted = await restarted.PostMessageAsync(conversation, "Windows PC");

        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        Assert.Equal($"{conversation.Id}|{count + 1:D7}", id);
    }

    [Fact]
    public async Task StartConversation_AgainAfterRestart_Returns200WithoutASecondGreeting()
    {
        var (conversation, before) = await HoldConversationAsync(withSecret: false);
        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: false);

        using var started = await restarted.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token);

        Assert.Equal((HttpStatusCode.OK, Summary(before)), (started.StatusCode, Summary(await restarted.GetActivitiesAsync(conversation))));
    }

    [Fact]
    public async Task GetActivities_AfterRestartWithTheTokenOfAnotherConversation_Returns403()
    {
        var (conversation, _) = await HoldConversationAsync(withSecret: false);
        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: false);
        var other = await restarted.StartWebChatConversationAsync();

        using var response = await restarted.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", other.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reconnect_AfterRestartWithTheSecret_FindsTheKeptConversation()
    {
        var (conversation, _) = await HoldConversationAsync(withSecret: true);
        await using var restarted = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: true);

        using var response = await restarted.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", DirectLineServer.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Starts the bot on the folder, starts a conversation, says what the error is, and stops the bot.</summary>
    private async Task<(StartedConversation Conversation, JsonElement Activities)> HoldConversationAsync(bool withSecret)
    {
        await using var server = await DirectLineServer.StartOnAsync(_folder.Path, withSecret);
        var conversation = withSecret ? await server.StartConversationAsync() : await server.StartWebChatConversationAsync();
        return await AskAsync(server, conversation);
    }

    private static async Task<(StartedConversation Conversation, JsonElement Activities)> AskAsync(DirectLineServer server, StartedConversation conversation)
    {
        using (var posted = await server.PostMessageAsync(conversation, "I get error 0x904 extended 0x7"))
            posted.EnsureSuccessStatusCode();
        return (conversation, await server.GetActivitiesAsync(conversation));
    }

    /// <summary>Clicks the first answer to the last question; returns what came after it.</summary>
    private static async Task<JsonElement> ClickFirstChoiceAsync(DirectLineServer server, (StartedConversation Conversation, JsonElement Activities) held)
    {
        var question = held.Activities.GetProperty("activities").EnumerateArray().Last();
        var choice = question.GetProperty("suggestedActions").GetProperty("actions")[0];
        using var clicked = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{held.Conversation.Id}/activities", held.Conversation.Token, new
        {
            type = "message",
            from = new { id = "user-1" },
            text = choice.GetProperty("text").GetString(),
            value = choice.GetProperty("value"),
        });
        clicked.EnsureSuccessStatusCode();
        return await server.GetActivitiesAsync(held.Conversation, held.Activities.GetProperty("watermark").GetString()!);
    }

    private static (string? Watermark, string Ids) Summary(JsonElement set) => (
        set.GetProperty("watermark").GetString(),
        string.Join(", ", set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString())));

    private static List<string?> Texts(JsonElement set) =>
        [.. set.GetProperty("activities").EnumerateArray().Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : a.GetProperty("type").GetString())];

    public void Dispose() => _folder.Dispose();
}
