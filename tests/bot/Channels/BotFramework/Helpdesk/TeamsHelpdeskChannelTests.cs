using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Helpdesk;

/// <summary>
/// The helpdesk's Teams channel: known once the app is added to the team, a case's card posted there starts a reply
/// chain, and the card is replaced in place for everyone.
/// </summary>
public sealed class TeamsHelpdeskChannelTests(TeamsHelpdeskFixture fixture) : IClassFixture<TeamsHelpdeskFixture>
{
    private FakeConnector Connector => fixture.Connector;

    private static IHelpdeskChannel HelpdeskChannel(BotUnderTest bot) => Assert.Single(bot.Services.GetServices<IHelpdeskChannel>());

    private static IChannelMessenger Messenger(BotUnderTest bot, ConversationAddress to) =>
        bot.Services.GetServices<IChannelMessenger>().First(messenger => messenger.Serves(to));

    private async Task<string> AddedToTeamAsync(BotUnderTest bot, string teamName = TeamsHelpdeskFixture.TeamName)
    {
        var team = TeamsHelpdeskFixture.NewTeamId();
        await fixture.PostAsync(bot, TestActivities.AddedToTeam(team, teamName, Connector.ServiceUrl));
        return team;
    }

    /// <summary>Adds the app to a new team, then posts a helpdesk card to its channel as the outbox would.</summary>
    private async Task<(ConversationAddress Channel, IChannelMessenger Messenger, DeliveryResult Posted)> PostedCardAsync()
    {
        await AddedToTeamAsync(fixture.Bot);
        var channel = (await HelpdeskChannel(fixture.Bot).AddressAsync(CancellationToken.None))!;
        var messenger = Messenger(fixture.Bot, channel);
        var posted = await messenger.SendAsync(new OutgoingMessage(Guid.NewGuid().ToString("N"), channel, [HelpdeskCard()]), CancellationToken.None);
        return (channel, messenger, posted);
    }

    private static Reply HelpdeskCard() => new("New case: RDP error 0x904 on rdp01",
        [new Choice(HelpdeskActions.Claim, "Claim"), new Choice(HelpdeskActions.OpenTicket, "Open ticket")],
        new Card([new Heading("Case 7: RDP error 0x904"), new Paragraph("Tried: restart the Remote Desktop Services")]));

    [Fact]
    public async Task AddedToTeam_KeepsTheTeamsReferenceWithItsConnectorTenantAndName()
    {
        var team = await AddedToTeamAsync(fixture.Bot);

        var stored = await fixture.Bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("msteams", team, CancellationToken.None);

        Assert.Equal((Connector.ServiceUrl, TestActivities.TenantId, team, TeamsHelpdeskFixture.TeamName),
            (stored?.ServiceUrl, stored?.TenantId, stored?.TeamId, stored?.TeamName));
    }

    [Fact]
    public async Task MessageInTheTeamsGeneralChannel_FromAnotherConnector_KeepsTheTeamsName()
    {
        var team = await AddedToTeamAsync(fixture.Bot);
        var moved = new Uri(Connector.Address, "emea/").ToString();
        var message = TestActivities.Mentioning(TestActivities.InChannel(team, team, moved, "<at>RdpHelpBot</at> help"), TestActivities.BotId, "RdpHelpBot");

        await fixture.Bot.PostAsync(message.ToJsonString(),
            ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, moved, fixture.TeamsKey)));

        var stored = await fixture.Bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("msteams", team, CancellationToken.None);
        Assert.Equal((moved, TeamsHelpdeskFixture.TeamName), (stored?.ServiceUrl, stored?.TeamName));
    }

    [Fact]
    public async Task Address_BeforeTheAppIsAddedToTheTeam_IsNullAndTheLogSaysToAddIt()
    {
        var logs = new TestLogs();
        await using var bot = await fixture.StartBotAsync(logs, "--Escalation:Teams:Team=Service Desk");

        var address = await HelpdeskChannel(bot).AddressAsync(CancellationToken.None);
        await HelpdeskChannel(bot).AddressAsync(CancellationToken.None);

        Assert.Equal((null, 1), (address, logs.Lines.Count(line => line.Contains("add the app to the team 'Service Desk'", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Address_AfterTheAppIsAddedToTheTeam_IsTheGeneralChannelAtTheTeamsConnector()
    {
        var team = await AddedToTeamAsync(fixture.Bot);

        var address = await HelpdeskChannel(fixture.Bot).AddressAsync(CancellationToken.None);

        Assert.Equal(("msteams", team, Connector.ServiceUrl), (address?.ChannelId, address?.ConversationId, address?.ServiceUrl));
    }

    [Fact]
    public async Task Address_AfterTheTeamWasRenamedToTheConfiguredName_IsThatTeamsGeneralChannel()
    {
        await using var bot = await fixture.StartBotAsync(new TestLogs(), "--Escalation:Teams:Team=Service Desk");
        var team = await AddedToTeamAsync(bot, "Support");
        var renamed = TestActivities.AddedToTeam(team, "Service Desk", Connector.ServiceUrl);
        renamed.Remove("membersAdded");
        renamed["channelData"]!["eventType"] = "teamRenamed";

        await fixture.PostAsync(bot, renamed);

        Assert.Equal(team, (await HelpdeskChannel(bot).AddressAsync(CancellationToken.None))?.ConversationId);
    }

    [Fact]
    public async Task Address_ChannelByName_IsThatChannelAmongTheTeamsChannels()
    {
        await using var bot = await fixture.StartBotAsync(new TestLogs(), "--Escalation:Teams:Team=Ops", "--Escalation:Teams:Channel=Escalations");
        var team = await AddedToTeamAsync(bot, "Ops");
        var escalations = $"19:{Guid.NewGuid():N}@thread.tacv2";
        Connector.AnswerGet($"/v3/teams/{Uri.EscapeDataString(team)}/conversations",
            $$"""{"conversations":[{"id":"{{team}}"},{"id":"{{escalations}}","name":"Escalations"}]}""");

        var address = await HelpdeskChannel(bot).AddressAsync(CancellationToken.None);

        Assert.Equal((escalations, Connector.ServiceUrl), (address?.ConversationId, address?.ServiceUrl));
    }

    [Fact]
    public async Task CardPost_ToTheChannel_IsANewPostWhoseIdStartsTheReplyChain()
    {
        var (channel, messenger, result) = await PostedCardAsync();

        var post = Connector.CallsTo(channel.ConversationId!).Last();
        var thread = messenger.StartedThread(channel, result.PostedId!);
        Assert.Equal((DeliveryOutcome.Delivered, post.Id, "POST", $"/amer/v3/conversations/{Uri.EscapeDataString(channel.ConversationId!)}/activities"),
            (result.Outcome, result.PostedId, post.Method, post.Path));
        Assert.Equal((channel.ConversationId + ";messageid=" + post.Id, post.Id), (thread?.Thread.ConversationId, thread?.CardId));
    }

    [Fact]
    public async Task CardPost_IsAnAdaptiveCardWhoseButtonsClaimAndOpenATicket()
    {
        var (channel, _, _) = await PostedCardAsync();

        var card = Connector.CallsTo(channel.ConversationId!).Last().Body!.Value.GetProperty("attachments")[0];
        var values = card.GetProperty("content").GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(set => set.GetProperty("actions").EnumerateArray())
            .Select(action => action.GetProperty("data").GetProperty("value").GetString());
        Assert.Equal(("application/vnd.microsoft.card.adaptive", $"{HelpdeskActions.Claim} {HelpdeskActions.OpenTicket}"),
            (card.GetProperty("contentType").GetString(), string.Join(' ', values)));
    }

    [Fact]
    public async Task Replaces_PutsTheNewCardInPlaceOfThePostInItsReplyChain()
    {
        var (channel, messenger, posted) = await PostedCardAsync();
        var thread = messenger.StartedThread(channel, posted.PostedId!)!;

        var result = await messenger.SendAsync(
            new OutgoingMessage(Guid.NewGuid().ToString("N"), thread.Address, [new Reply("Claimed by Adele Vance")]) { Replaces = thread.CardId },
            CancellationToken.None);

        var update = Connector.CallsTo(thread.Thread.ConversationId).Last();
        Assert.Equal(("PUT", $"/amer/v3/conversations/{Uri.EscapeDataString(thread.Thread.ConversationId)}/activities/{posted.PostedId}", posted.PostedId, posted.PostedId),
            (update.Method, update.Path, update.Body!.Value.GetProperty("id").GetString(), result.PostedId));
    }

    [Fact]
    public async Task Replaces_WithMoreThanOneActivity_PostsTheRestIntoTheReplyChain()
    {
        var (channel, messenger, posted) = await PostedCardAsync();
        var thread = messenger.StartedThread(channel, posted.PostedId!)!;

        await messenger.SendAsync(new OutgoingMessage(Guid.NewGuid().ToString("N"), thread.Address,
            [HelpdeskCard() with { Choices = null }, new Reply("Adele Vance has the case.")]) { Replaces = thread.CardId }, CancellationToken.None);

        Assert.Equal(["PUT", "POST"], Connector.CallsTo(thread.Thread.ConversationId).TakeLast(2).Select(call => call.Method));
    }
}
