using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class WhatElseTests
{
    [Fact]
    public async Task WhatElse_InsideAQuestion_ShowsTheTopFiveCausesThenAsksAgain()
    {
        await new ConversationHarness().Flow()
            .AtFirstQuestion()
            .Send("what else could it be?")
            .AssertReply(reply => Assert.Equal(5, reply.Card!.Blocks.OfType<Paragraph>().Count()))
            .AssertQuestion("others-affected")
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatElse_InsideAFix_GivesEachCauseAPercentageAndAReason()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send("are there other possible causes?")
            .AssertReply(reply => Assert.All(
                reply.Card!.Blocks.OfType<Paragraph>(),
                p => Assert.Matches(@"^\*\*(<1|\d+)%\*\* .+\n.*(because|Based on how common)", p.Text)))
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatElse_CauseOnlyTheArticlesClaim_SaysItIsNotConfirmedByMicrosoft()
    {
        await new ConversationHarness().Flow()
            .Send("0x904 every time, I connect over a VPN")
            .AssertAnyReply()
            .AssertAnyReply()
            .Send("what else could it be")
            .AssertReply(reply => Assert.Contains(
                reply.Card!.Blocks.OfType<Paragraph>(),
                p => p.Text.Contains("A slow or unstable VPN drops the connection while it is being set up (not confirmed by Microsoft)", StringComparison.Ordinal)))
            .AssertAnyReply()
            .StartTestAsync();
    }
}
