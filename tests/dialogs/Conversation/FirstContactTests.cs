namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class FirstContactTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there")]
    [InlineData("good morning")]
    public async Task Greeting_NoCaseOpen_WelcomesWithWhatTheBotCanDo(string greeting)
    {
        await CreateSut()
            .Send(greeting)
            .AssertReply(reply =>
            {
                Assert.Contains("0x904", reply.Text, StringComparison.Ordinal);
                Assert.Contains("one at a time", reply.Text, StringComparison.Ordinal);
                Assert.Contains("check a host", reply.Text, StringComparison.Ordinal);
                Assert.Contains("talk to a human", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task UnrelatedText_NoCaseOpen_GivesShortHelp()
    {
        await CreateSut()
            .Send("what's the weather like tomorrow")
            .AssertReply(reply => Assert.StartsWith("I didn't catch a Remote Desktop error", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_NoCaseOpen_GivesShortHelp()
    {
        await CreateSut()
            .Send("help")
            .AssertReplyContains("what else could it be?")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("error 0x204", "Windows Sockets connect failed", "allow TCP 3389")]
    [InlineData("I'm getting 0x1B07 when I connect", "The received certificate is expired", "delete the expired one in certlm.msc")]
    public async Task OtherCode_Known_SaysWhatItMeansAndWhatToTry(string message, string meaning, string guidance)
    {
        await CreateSut()
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.Contains(meaning, reply.Text, StringComparison.Ordinal);
                Assert.Contains(guidance, reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OtherCode_Unknown_SaysSoPlainly()
    {
        await CreateSut()
            .Send("I got error 0x9999")
            .AssertReplyContains("I don't know **Error code 0x9999**")
            .StartTestAsync();
    }

    [Fact]
    public async Task OtherCode_WithTheMainCodeToo_ProceedsWith0x904()
    {
        await CreateSut()
            .Send("first 0x204, now error 0x904")
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    [Fact]
    public async Task OtherCode_Explained_OpensNoCase()
    {
        await CreateSut()
            .Send("error 0x204")
            .AssertAnyReply()
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .StartTestAsync();
    }

    private static Testing.DialogTestFlow CreateSut() => new ConversationHarness().Flow();
}
