using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Engine;

public sealed class TurnContextTests
{
    [Fact]
    public void Create_BlankConversationId_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new TurnContext(" ", "user", "hi", new FakeTimeProvider()));
    }

    [Fact]
    public async Task SendAsync_SeveralReplies_KeepsThemInOrder()
    {
        var turn = new TurnContext("c", "u", "hi", new FakeTimeProvider());

        await turn.SendAsync(new Reply("one"), TestContext.Current.CancellationToken);
        await turn.SendAsync(new Reply("two"), TestContext.Current.CancellationToken);

        Assert.Equal(["one", "two"], turn.Outbox.Select(reply => reply.Text));
    }
}
