using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Helpdesk;

/// <summary>
/// What happens in the helpdesk team's channels: a reply in a live case's reply chain reaches the bot without a
/// mention, the team's other talk does not, and every agent's click on a case's card runs a turn.
/// </summary>
public sealed class TeamsHelpdeskThreadTests(TeamsHelpdeskFixture fixture) : IClassFixture<TeamsHelpdeskFixture>
{
    private FakeConnector Connector => fixture.Connector;

    /// <summary>A live case whose card is the post <paramref name="cardId"/> in a new team's General channel; answers the reply chain.</summary>
    private async Task<(string Team, string Thread)> LiveCaseAsync(string cardId = "1700000000001")
    {
        var team = TeamsHelpdeskFixture.NewTeamId();
        var thread = TeamsIds.ReplyChain(team, cardId);
        var cases = fixture.Bot.Services.GetRequiredService<ICaseStore>();
        await cases.SaveAsync(new HelpdeskCase
        {
            CaseId = Guid.NewGuid().ToString("N"),
            UserConversation = new ConversationKey("msteams", "a:" + Guid.NewGuid().ToString("N")),
            UserAddress = ConversationAddress.Conversation("msteams", "a:user") with { ServiceUrl = Connector.ServiceUrl },
            UserId = TestActivities.UserId,
            Packet = await PacketAsync(),
            Threads = [new HelpdeskThread(new ConversationKey("msteams", thread),
                ConversationAddress.Conversation("msteams", thread) with { ServiceUrl = Connector.ServiceUrl }, cardId)],
        }, expectedVersion: null, transaction: null, CancellationToken.None);
        return (team, thread);
    }

    private static Task<CasePacket> PacketAsync() => Task.FromResult(new CasePacket
    {
        CaseId = "case-1",
        Summary = "RDP error 0x904 on rdp01",
        User = new PacketUser("msteams", TestActivities.UserId, "Megan"),
        Times = new PacketTimes(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow),
    });

    private Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(string conversation) => fixture.Bot.TranscriptAsync("msteams", conversation);

    [Fact]
    public async Task ReplyInALiveCasesReplyChain_WithoutMention_RunsATurnThereWithTheTextAsWritten()
    {
        var (team, thread) = await LiveCaseAsync();

        await fixture.PostAsync(fixture.Bot, TestActivities.InChannel(thread, team, Connector.ServiceUrl, "Have you tried mstsc /admin?"));

        var line = Assert.Single(await TranscriptAsync(thread), line => line.Speaker == TranscriptSpeaker.User);
        Assert.Equal("Have you tried mstsc /admin?", line.Text);
    }

    [Fact]
    public async Task ChannelMessage_WithoutMention_OutsideAnyCase_RunsNoTurnAndSendsNothing()
    {
        var team = TeamsHelpdeskFixture.NewTeamId();
        var thread = TeamsIds.ReplyChain(team, "1700000000999");

        var (status, _) = await fixture.PostAsync(fixture.Bot, TestActivities.InChannel(thread, team, Connector.ServiceUrl, "lunch at noon?"));

        Assert.Equal((HttpStatusCode.OK, 0, 0), (status, (await TranscriptAsync(thread)).Count, Connector.CallsTo(thread).Count));
    }

    [Fact]
    public async Task ChannelMessage_MentioningTheBot_RunsATurnWithoutTheMention()
    {
        var team = TeamsHelpdeskFixture.NewTeamId();
        var message = TestActivities.Mentioning(
            TestActivities.InChannel(team, team, Connector.ServiceUrl, "<at>RdpHelpBot</at> help"), TestActivities.BotId, "RdpHelpBot");

        await fixture.PostAsync(fixture.Bot, message);

        Assert.Equal("help", Assert.Single(await TranscriptAsync(team), line => line.Speaker == TranscriptSpeaker.User).Text);
    }

    [Fact]
    public async Task ClaimClick_ByTwoAgents_RunsBothTurnsAndLeavesTheCardForTheBotToRedraw()
    {
        var (team, thread) = await LiveCaseAsync("1700000000002");
        var button = JsonDocument.Parse($$$"""{"title":"Claim","verb":"choice","data":{"value":"{{{HelpdeskActions.Claim}}}"}}""").RootElement;
        var first = TestActivities.ExecuteClick(thread, Connector.ServiceUrl, button, "1700000000002");
        first["from"] = new JsonObject { ["id"] = "29:aad-adele", ["name"] = "Adele Vance", ["aadObjectId"] = "aad-adele" };
        var second = TestActivities.ExecuteClick(thread, Connector.ServiceUrl, button, "1700000000002");
        second["from"] = new JsonObject { ["id"] = "29:aad-alex", ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-alex" };

        var (_, answer) = await fixture.PostAsync(fixture.Bot, first);
        await fixture.PostAsync(fixture.Bot, second);

        var clicks = (await TranscriptAsync(thread)).Count(line => line.Speaker == TranscriptSpeaker.User && line.ChoiceValue == HelpdeskActions.Claim);
        Assert.Equal((2, "application/vnd.microsoft.activity.message"), (clicks, answer.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task MentionedPeople_AreLookedUpInTheTeamForTheirAadObjectIds()
    {
        var team = TeamsHelpdeskFixture.NewTeamId();
        Connector.AnswerGet($"/v3/conversations/{Uri.EscapeDataString(team)}/members/{Uri.EscapeDataString("29:megan")}",
            """{"id":"29:megan","name":"Megan Bowen","aadObjectId":"aad-megan"}""");
        var message = TestActivities.Mentioning(
            TestActivities.InChannel(TeamsIds.ReplyChain(team, "17"), team, Connector.ServiceUrl, "transfer <at>Megan Bowen</at>"), "29:megan", "Megan Bowen");
        var activity = JsonSerializer.Deserialize(message.ToJsonString(), RdpHelpBot.Bot.Channels.BotFramework.Schema.BotFrameworkJsonContext.Default.Activity)!;

        var mentioned = await fixture.Bot.Services.GetRequiredService<MentionedUsers>().ResolveAsync(activity, signedByChannel: true, CancellationToken.None);

        Assert.Equal([new MentionedUser("aad-megan", "Megan Bowen")], mentioned);
    }
}
