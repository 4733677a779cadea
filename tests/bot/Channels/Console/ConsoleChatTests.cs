using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Bot.Tests.Conversations;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.Console;

public sealed class ConsoleChatTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string[]> ChatAsync(string input, bool interactive = false, string conversationId = "c1")
    {
        using var host = ConversationHost.Build($"--Storage:DataFolder={_folder.Path}");
        var output = new StringWriter();
        var chat = new ConsoleChat(host.Services.GetRequiredService<TurnPipeline>(), new StringReader(input), output, interactive);

        await chat.RunAsync(conversationId, Ct);

        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    [Fact]
    public async Task RunAsync_PipedLine_WritesOnlyTheBotsLines()
    {
        var lines = await ChatAsync("hello\n");

        Assert.Equal([AzureQuestionConversation.Question, "  1) Yes  2) No"], lines);
    }

    [Fact]
    public async Task RunAsync_NumberOfAChoice_AnswersWithThatChoice()
    {
        var lines = await ChatAsync("hello\n2\n");

        Assert.Equal(AzureQuestionConversation.Answered("not-azure"), lines[2]);
    }

    [Fact]
    public async Task RunAsync_ReplyWithACard_PrintsTheCommandOnItsOwnIndentedLine()
    {
        var lines = await ChatAsync("hello\n1\n");

        Assert.Equal(["1. Restart the service. (PowerShell)", "    Restart-Service TermService"], lines[3..]);
    }

    [Fact]
    public async Task RunAsync_BlankLines_AreNotTurns()
    {
        var lines = await ChatAsync("\n   \nhello\n");

        Assert.Equal(AzureQuestionConversation.Question, lines[0]);
    }

    [Fact]
    public async Task RunAsync_AtATerminal_ShowsAPromptBeforeEachMessage()
    {
        var lines = await ChatAsync("hello\n", interactive: true);

        Assert.Equal(["> " + AzureQuestionConversation.Question, "  1) Yes  2) No", "> "], lines);
    }

    [Fact]
    public async Task RunAsync_SameConversationIdInALaterRun_ResumesWhereItWas()
    {
        await ChatAsync("hello\n", conversationId: "resumed");

        var lines = await ChatAsync("No\n", conversationId: "resumed");

        Assert.Equal(AzureQuestionConversation.Answered("not-azure"), lines[0]);
    }

    public void Dispose() => _folder.Dispose();
}
