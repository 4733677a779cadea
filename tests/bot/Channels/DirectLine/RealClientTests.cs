using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>The bot against the clients people use: botframework-directlinejs, and the chat page in Chromium.</summary>
public sealed class RealClientTests
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task DirectLineJs_WholeConversation_FromTheErrorToAFixThatWorked(string mode)
    {
        var node = NodeClients.RequireNode();
        await using var bot = await RunningBot.StartAsync();

        var run = await NodeClients.RunAsync(node, "conversation.js", bot.BaseUrl, DirectLineServer.Secret, mode);

        Assert.True(run.ExitCode == 0, run.Describe());
        var botLines = run.Lines.Where(line => line.GetProperty("from").GetString() == "bot").ToList();
        var clicks = run.Lines.Count(line => line.GetProperty("from").GetString() == "user" && line.GetProperty("value").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Contains(botLines, line => line.GetProperty("text").GetString()?.StartsWith("Error 0x904", StringComparison.Ordinal) == true);
        Assert.True(clicks >= 1, $"the dialogue answered by clicking choices\n{run.Output}");
        Assert.Contains(botLines, line => line.GetProperty("commands").GetInt32() > 0);
        Assert.StartsWith("Glad that fixed it!", botLines[^1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chromium_ChatPage_ClickReloadAndCopyACommand()
    {
        var node = NodeClients.RequireNode();
        TestPeers.Require("chromium", "chromium");
        await using var bot = await RunningBot.StartAsync();
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "web-chat");
        Directory.CreateDirectory(screenshots);

        var run = await NodeClients.RunAsync(node, "browser.js", bot.BaseUrl, screenshots);

        Assert.True(run.ExitCode == 0, run.Describe());
        var steps = run.Lines.Select(line => line.GetProperty("step").GetString()).ToList();
        Assert.Equal(["welcome", "first question", "clicked", "reloaded", "fix", "screenshots"], steps);
        Assert.True(new FileInfo(Path.Combine(screenshots, "web-chat.png")).Length > 10_000, "the screenshot shows the page");
        TestContext.Current.AddAttachment("web-chat screenshots", screenshots);
    }

    [Fact]
    public async Task Chromium_OfficialWebChatOnAnotherOrigin_ConnectsOnlyFromAListedOrigin()
    {
        var node = NodeClients.RequireNode();
        TestPeers.Require("chromium", "chromium");
        await using var listed = await LocalServer.StartAsync(ServeEmbeddingPage);
        await using var other = await LocalServer.StartAsync(ServeEmbeddingPage);
        await using var bot = await RunningBot.StartAsync($"--DirectLine:AllowedOrigins:0={Origin(listed.Address)}");
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "web-chat");
        Directory.CreateDirectory(screenshots);

        var run = await NodeClients.RunAsync(node, "embedded-webchat.js", bot.BaseUrl, DirectLineServer.Secret,
            listed.Address.ToString(), other.Address.ToString(), screenshots);

        Assert.True(run.ExitCode == 0, run.Describe());
        var steps = run.Lines.Select(line => line.GetProperty("step").GetString()).ToList();
        Assert.Equal(["first question", "clicked", "fix card", "sent", "refused"], steps);
        Assert.True(new FileInfo(Path.Combine(screenshots, "webchat-embedded.png")).Length > 10_000, "the screenshot shows the page");
        TestContext.Current.AddAttachment("web-chat screenshots", screenshots);
    }

    private static string Origin(Uri address) => address.GetLeftPart(UriPartial.Authority);

    /// <summary>A page of another site that embeds Web Chat: the page, and Web Chat's official bundle beside it.</summary>
    private static Task ServeEmbeddingPage(HttpContext context) => context.Request.Path.Value switch
    {
        "/" => Results.File(Path.Combine(NodeClients.Folder, "embedded.html"), "text/html").ExecuteAsync(context),
        "/webchat.js" => Results.File(Path.Combine(NodeClients.Folder, "node_modules", "botframework-webchat", "dist", "webchat.js"),
            "text/javascript").ExecuteAsync(context),
        _ => Results.NotFound().ExecuteAsync(context),
    };
}
