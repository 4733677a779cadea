using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>The bot offers a person (never hands over unasked) when one may get further than the fixes.</summary>
public sealed class PersonOfferTests
{
    private const string HostRightsOffer =
        "That step needs administrator rights on the computer you connect to. Shall I hand your case to a person at " +
        "the helpdesk, with everything we found? If not, I'll show you what else you can try.";

    private const string UnsureOffer =
        "I'm not sure yet what's behind it. Shall I hand your case to a person at the helpdesk, with everything we " +
        "found? If not, we'll go on with the next fix.";

    private const string EveryoneOffer =
        "Since nobody can connect to that computer, the helpdesk may want to know at once. Shall I hand your case to a " +
        "person there now, with everything we found? If not, we'll go on with the fixes.";

    [Fact]
    public async Task CannotDoAHostAdminStep_OffersAPerson()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send("I can't do this, I'm not an admin")
            .AssertReply("No problem, I've noted that you couldn't do that one.")
            .AssertReply(HostRightsOffer, "Yes", "No")
            .StartTestAsync();
    }

    [Fact]
    public async Task CannotDoAHostAdminStep_Yes_HandsTheCaseOverForThatReason()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Send("I don't have rights for that")
            .AssertAnyReply()
            .AssertAnyReply()
            .Click("yes")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Equal(EscalationReason.CannotDoHostStep, (await harness.SingleEscalationAsync()).Reason))
            .StartTestAsync();
    }

    [Fact]
    public async Task CannotDoAHostAdminStep_No_GoesOnAndDoesNotOfferAgainForTheSameReason()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Click("cannot-do")
            .AssertAnyReply()
            .AssertReply(HostRightsOffer, "Yes", "No")
            .Send("no thanks")
            .AssertReply("OK, let's keep going.")
            .AssertFix("reset-machinekeys-permissions")
            .AssertFixQuestion()
            .Click("cannot-do")
            .AssertReply("No problem, I've noted that you couldn't do that one.")
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .Verify(async () => Assert.Empty(await harness.Cases.ListAsync(liveOnly: false, limit: 10, TestContext.Current.CancellationToken)))
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoFailedFixesWithNoClearCause_OffersAPerson_AndNotAgainOnceDeclined()
    {
        await new ConversationHarness().Flow()
            .Send("I get 0x904, just show me the fixes")
            .AssertAnyReply()
            .AssertAnyReply()
            .AssertFixQuestion()
            .Click("did-not-work")
            .AssertAnyReply()
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .Click("did-not-work")
            .AssertAnyReply()
            .AssertReply(UnsureOffer, "Yes", "No")
            .Click("no")
            .AssertReply("OK, let's keep going.")
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .Click("did-not-work")
            .AssertAnyReply()
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoFailedFixesWithNoClearCause_Yes_HandsTheCaseOverForThatReason()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("I get 0x904, just show me the fixes")
            .AssertAnyReply().AssertAnyReply().AssertFixQuestion()
            .Click("did-not-work")
            .AssertAnyReply().AssertAnyReply().AssertFixQuestion()
            .Click("did-not-work")
            .AssertAnyReply()
            .AssertReply(UnsureOffer, "Yes", "No")
            .Send("yes please")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Equal(EscalationReason.NoClearCause, (await harness.SingleEscalationAsync()).Reason))
            .StartTestAsync();
    }

    [Fact]
    public async Task NobodyCanConnect_OffersAPersonBeforeTheFixes_AndGoesOnWhenDeclined()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("nobody in the office can connect to our server, error 0x904, just show me the fixes")
            .AssertAnyReply()
            .AssertReply(EveryoneOffer, "Yes", "No")
            .Click("no")
            .AssertReply("OK, let's keep going.")
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .Click("next")
            .AssertAnyReply()
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .Verify(async () => Assert.Empty(await harness.Cases.ListAsync(liveOnly: false, limit: 10, TestContext.Current.CancellationToken)))
            .StartTestAsync();
    }

    [Fact]
    public async Task NobodyCanConnect_Yes_HandsTheCaseOverAsHighImpact()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("nobody in the office can connect to our server, error 0x904, just show me the fixes")
            .AssertAnyReply()
            .AssertReply(EveryoneOffer, "Yes", "No")
            .Click("yes")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Equal(EscalationReason.HighImpact, (await harness.SingleEscalationAsync()).Reason))
            .StartTestAsync();
    }
}
