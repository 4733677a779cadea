using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using static RdpHelpBot.Dialogs.Tests.Helpdesk.HelpdeskFixture;

namespace RdpHelpBot.Dialogs.Tests.Helpdesk;

/// <summary>The helpdesk gate in front of the dialogs: the hand-over, the case's thread, and the user's side while it is live.</summary>
public sealed class HelpdeskGateTests
{
    private readonly HelpdeskFixture _desk = new();

    [Fact]
    public async Task Escalation_WithAHelpdeskChannel_PostsTheCardThereAndTellsTheUserAnAgentAnswersHere()
    {
        var response = await _desk.UserSaysAsync(HandOverRequest);

        var card = Assert.Single(_desk.NewMessagesTo(Desk));
        var handedOver = await _desk.CaseAsync();
        Assert.Equal((handedOver.CaseId, CaseState.Waiting), (card.ThreadOwner, handedOver.State));
        Assert.Equal([HelpdeskActions.Claim, HelpdeskActions.OpenTicket], ReplyChecks.Buttons(card));
        Assert.Contains(handedOver.Packet.Summary, Texts([card]), StringComparison.Ordinal);
        Assert.Contains("posted this to the helpdesk's Teams channel", Texts(response), StringComparison.Ordinal);
        Assert.Contains("answer you right here", Texts(response), StringComparison.Ordinal);
        Assert.Equal(1, _desk.Messenger.Sent);
    }

    [Fact]
    public async Task Escalation_WithoutAHelpdeskChannel_KeepsTheCaseClosedAndPostsNothing()
    {
        var desk = new HelpdeskFixture(channels: []);

        var response = await desk.UserSaysAsync(HandOverRequest);

        Assert.Empty(desk.Messenger.Written);
        Assert.Equal(CaseState.Closed, (await desk.CaseAsync()).State);
        Assert.Contains("The helpdesk now has your case", Texts(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_ByAnAgent_ClaimsTheCaseReplacesTheCardAndTellsTheUserWho()
    {
        await _desk.EscalatedAsync();
        _desk.NewMessagesTo(Desk);

        var response = await _desk.InThreadAsync(Alex, null, HelpdeskActions.Claim);

        var claimed = await _desk.CaseAsync();
        Assert.Equal((CaseState.Claimed, "Alex Kim"), (claimed.State, claimed.Agent?.Name));
        var card = Assert.Single(_desk.NewMessagesTo(CaseThread.Thread.ConversationId));
        Assert.Equal((CardId, "Claimed by Alex Kim"), (card.Replaces, ReplyChecks.Heading(card).Split(": ")[^1]));
        Assert.Contains("You have the case", Texts(response), StringComparison.Ordinal);
        var told = await UserMessagesAsync();
        Assert.Contains("Alex Kim from the helpdesk has your case", told, StringComparison.Ordinal);
        var audited = Assert.Single(await _desk.Harness.Audit.ListAsync(DateTimeOffset.MinValue, Ct));
        Assert.Equal((Alex, "claim", true), (audited.ActorId, audited.Action, audited.Allowed));
        Assert.Contains(_desk.Events.Kept, kept => kept.Type == TurnEventTypes.CaseClaimed && kept.Data.Case?.Agent?.Id == Alex);
    }

    [Fact]
    public async Task Claim_BySomeoneWhoIsNotAnAgent_IsRefusedAndAudited()
    {
        await _desk.EscalatedAsync();

        var response = await _desk.InThreadAsync("T1:pat", null, HelpdeskActions.Claim);

        Assert.Contains("Only helpdesk agents can do that", Texts(response), StringComparison.Ordinal);
        Assert.Equal(CaseState.Waiting, (await _desk.CaseAsync()).State);
        var audited = Assert.Single(await _desk.Harness.Audit.ListAsync(DateTimeOffset.MinValue, Ct));
        Assert.Equal(("T1:pat", "claim", false), (audited.ActorId, audited.Action, audited.Allowed));
    }

    [Fact]
    public async Task Claim_AfterAnotherAgentClaimed_SaysWhoHasIt()
    {
        await _desk.ClaimedAsync();

        var response = await _desk.InThreadAsync(Sam, null, HelpdeskActions.Claim);

        Assert.Equal("Already claimed by Alex Kim.", Texts(response));
        Assert.Equal(Alex, (await _desk.CaseAsync()).Agent?.Id);
    }

    [Fact]
    public async Task AgentText_GoesToTheUserWithTheAgentsName_InternalLinesStayInTheThread()
    {
        await _desk.ClaimedAsync();
        _desk.NewMessagesTo(UserConversation);

        await _desk.InThreadAsync(Alex, "// looks like the cert, checking the host first");
        await _desk.InThreadAsync(Alex, "Hi Dana, can you tell me the server's name?");

        Assert.Equal("Alex Kim: Hi Dana, can you tell me the server's name?", await UserMessagesAsync());
    }

    [Fact]
    public async Task AgentText_BeforeTheCaseIsClaimed_IsNotSentAndTheAgentIsToldWhy()
    {
        await _desk.EscalatedAsync();

        var response = await _desk.InThreadAsync(Sam, "hello?");

        Assert.Contains("claim the case first", Texts(response), StringComparison.Ordinal);
        Assert.Equal("", await UserMessagesAsync());
    }

    [Fact]
    public async Task UserText_WhileAnAgentHasTheCase_GoesToTheThreadAndTheBotDoesNotDiagnose()
    {
        await _desk.ClaimedAsync();
        _desk.NewMessagesTo(CaseThread.Thread.ConversationId);

        var response = await _desk.UserSaysAsync("it's fs01, and I get 0x904 again");

        Assert.Empty(response.Replies);
        Assert.Equal("Dana Ruiz: it's fs01, and I get 0x904 again", Texts(_desk.NewMessagesTo(CaseThread.Thread.ConversationId)));
    }

    [Fact]
    public async Task UserText_WhileTheCaseWaits_IsAddedToTheCaseAndAcknowledgedOnlyOnce()
    {
        await _desk.EscalatedAsync();

        var first = await _desk.UserSaysAsync("also, it started on Monday");
        var second = await _desk.UserSaysAsync("and my colleague has it too");

        Assert.Contains("I've added that to your case", Texts(first), StringComparison.Ordinal);
        Assert.Empty(second.Replies);
        Assert.Equal(
            "Dana Ruiz: also, it started on Monday | Dana Ruiz: and my colleague has it too",
            Texts(_desk.NewMessagesTo(CaseThread.Thread.ConversationId)));
    }

    [Fact]
    public async Task Resolve_TellsTheUserWithTheNoteAsksForARatingAndPublishesTheResolution()
    {
        await _desk.ClaimedAsync();
        _desk.NewMessagesTo(UserConversation);

        var response = await _desk.InThreadAsync(Alex, "resolve renew-rdp-certificate renewed the certificate on fs01");

        var resolved = await _desk.CaseAsync();
        Assert.Equal(
            (CaseState.Resolved, "renew-rdp-certificate", "renewed the certificate on fs01"),
            (resolved.State, resolved.ResolvedBy, resolved.ResolutionNote));
        var told = Assert.Single(_desk.NewMessagesTo(UserConversation)).Replies;
        Assert.Equal("Alex Kim resolved your case: renewed the certificate on fs01", told[0].Text);
        RatingTests.IsRatingQuestion(told[^1]);
        Assert.Contains("Resolved", Texts(response), StringComparison.Ordinal);
        Assert.Contains(_desk.Events.Kept, kept => kept.Type == TurnEventTypes.CaseResolved && kept.Data.Case?.State == CaseState.Resolved);
    }

    [Fact]
    public async Task Resolve_ThenTheUsersRating_IsKeptAndTheBotAnswersAgainAfterwards()
    {
        await _desk.ClaimedAsync();
        await _desk.InThreadAsync(Alex, "resolve fixed it together");

        var thanks = await _desk.UserSaysAsync("5 - Alex was quick");
        var later = await _desk.UserSaysAsync("I get 0x904 on another server now");

        var rating = Assert.Single(await _desk.Harness.Ratings.ListAsync(Ct));
        Assert.Equal((5, "Alex was quick", true), (rating.Score, rating.Comment, rating.ByAgent));
        Assert.Contains("Thanks for rating", Texts(thanks), StringComparison.Ordinal);
        Assert.Contains("Let's find the cause", Texts(later), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_PutsTheCaseBackInTheQueueAndTheCardSaysWaitingAgain()
    {
        await _desk.ClaimedAsync();
        _desk.NewMessagesTo(CaseThread.Thread.ConversationId);

        await _desk.InThreadAsync(Alex, "release");

        var released = await _desk.CaseAsync();
        Assert.Equal((CaseState.Waiting, null), (released.State, released.Agent));
        var card = Assert.Single(_desk.NewMessagesTo(CaseThread.Thread.ConversationId));
        Assert.EndsWith("Waiting again", ReplyChecks.Heading(card), StringComparison.Ordinal);
        Assert.Contains(HelpdeskActions.Claim, ReplyChecks.Buttons(card));
        Assert.Contains("back in the helpdesk's queue", await UserMessagesAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("transfer T1:U0SAM")]
    [InlineData("transfer <@U0SAM>")]
    public async Task Transfer_ToAnotherAgent_GivesThemTheCase(string command)
    {
        await _desk.ClaimedAsync();

        await _desk.InThreadAsync(Alex, command);

        Assert.Equal(Sam, (await _desk.CaseAsync()).Agent?.Id);
        Assert.Contains("Your case is now with", await UserMessagesAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_ByNameToAnAgentWhoActedBefore_GivesThemTheCase()
    {
        await _desk.ClaimedAsync();
        await _desk.InThreadAsync(Sam, null, HelpdeskActions.Claim);

        await _desk.InThreadAsync(Alex, "transfer <at>Sam Lee</at>");

        Assert.Equal(new HelpdeskAgent(Sam, "Sam Lee"), (await _desk.CaseAsync()).Agent);
    }

    [Fact]
    public async Task Transfer_ToSomeoneWhoIsNotAnAgent_IsRefusedAndTheCaseStays()
    {
        await _desk.ClaimedAsync();

        var response = await _desk.InThreadAsync(Alex, "transfer T1:pat");

        Assert.Contains("is not a helpdesk agent", Texts(response), StringComparison.Ordinal);
        Assert.Equal(Alex, (await _desk.CaseAsync()).Agent?.Id);
    }

    [Fact]
    public async Task BackToTheBot_EndsTheHandOverTellsTheThreadAndTheBotDiagnosesAgain()
    {
        await _desk.ClaimedAsync();
        _desk.NewMessagesTo(CaseThread.Thread.ConversationId);

        var back = await _desk.UserSaysAsync("back to the bot please");
        var next = await _desk.UserSaysAsync("I get 0x904");

        Assert.Equal(CaseState.ReturnedToBot, (await _desk.CaseAsync()).State);
        Assert.Contains("went back to the bot", Texts(_desk.NewMessagesTo(CaseThread.Thread.ConversationId)), StringComparison.Ordinal);
        Assert.Contains("You're back with me", Texts(back), StringComparison.Ordinal);
        Assert.Contains("Let's find the cause", Texts(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimClick_OnACaseThatEnded_SaysSo()
    {
        await _desk.ClaimedAsync();
        await _desk.InThreadAsync(Alex, "resolve");

        var response = await _desk.InThreadAsync(Sam, null, HelpdeskActions.Claim);

        Assert.Contains("no longer waiting", Texts(response), StringComparison.Ordinal);
    }

    private async Task<string> UserMessagesAsync()
    {
        await Task.CompletedTask;
        return Texts(_desk.NewMessagesTo(UserConversation));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
