using RdpHelpBot.Dialogs.Tests.Samples;

namespace RdpHelpBot.Dialogs.Tests.Testing;

public sealed class DialogTestFlowTests
{
    [Fact]
    public async Task StartTest_WrongReply_FailsWithTheTranscript()
    {
        var flow = CreateSut().Send("hi").AssertReply("What colour?");

        var failure = await Assert.ThrowsAnyAsync<Exception>(flow.StartTestAsync);

        Assert.Contains("user: hi\n  bot: What size? [Small] [Medium] [Large]", failure.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartTest_ReplyNobodyExpected_Fails()
    {
        var flow = CreateSut().Send("hi");

        var failure = await Assert.ThrowsAnyAsync<Exception>(flow.StartTestAsync);

        Assert.Contains("said more than the test expected", failure.Message, StringComparison.Ordinal);
    }

    private static DialogTestFlow CreateSut() => new(() => OrderDialog.CreateSet(), OrderDialog.DialogId);
}
