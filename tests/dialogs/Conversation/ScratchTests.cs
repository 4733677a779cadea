namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class ScratchTests
{
    [Fact]
    public async Task Scratch()
    {
        var h = new ConversationHarness();
        await h.Flow()
            .Send("hi")
            .Send("what's the weather")
            .Send("I get 0x904")
            .Send("Not sure")
            .Send("blue cheese")
            .Send("it's on a windows server and nobody can connect")
            .Send("not sure")
            .Send("not sure")
            .Send("not sure")
            .Send("Keep asking")
            .Send("not sure")
            .Send("cancel")
            .Send("error 0x204")
            .Send("0x1B07")
            .Send("I got 0x9999")
            .Send("extended error 0x7")
            .Send("I can't connect to my azure vm over vpn, error 0x904")
            .SendEvent("conversation-idle")
            .Send("hello")
            .AssertReply("x")
            .StartTestAsync();
    }
}
