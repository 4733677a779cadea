using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Helpdesk;

/// <summary>
/// A case from a Teams user's personal chat through the helpdesk's Teams channel and back, all through
/// <c>/api/messages</c> and the fake Connector: the card, the claim, the relay both ways, the resolve and the rating.
/// </summary>
public sealed class TeamsHelpdeskEndToEndTests(TeamsHelpdeskFixture fixture) : IClassFixture<TeamsHelpdeskFixture>
{
    private const string Agent = "aad-adele";
    private const string HandOver = "my azure vm gives 0x904, I need to talk to someone from the helpdesk";

    private FakeConnector Connector => fixture.Connector;

    [Fact]
    public async Task Case_EscalatedClaimedRelayedResolved_ReachesEveryoneAndEndsWithARating()
    {
        await using var bot = await fixture.StartBotAsync(new TestLogs(), $"--Escalation:Teams:Team={TeamsHelpdeskFixture.TeamName}", $"--Escalation:Agents:0={Agent}");
        var team = TeamsHelpdeskFixture.NewTeamId();

        // The user hands the case over in their personal chat: the card goes to the channel as a new post.
        var (chat, card, thread) = await HandedOverAsync(bot, team);

        // An agent claims it on the card, in the card's reply chain: the card changes for everyone, the user is told.
        var (_, answer) = await fixture.PostAsync(bot, ClaimClick(thread, team, card));
        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        var replaced = await ArrivedAsync(thread, call => call.Method == "PUT");
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(thread)}/activities/{card.Id}", replaced.Path);
        Assert.Contains("Claimed by Adele Vance", Texts(replaced), StringComparison.Ordinal);
        Assert.DoesNotContain(HelpdeskActions.Claim, Buttons(replaced));
        await ArrivedAsync(chat, call => Texts(call).Contains("Adele Vance from the helpdesk has your case", StringComparison.Ordinal));

        // What the user writes appears in the reply chain; what the agent writes there (no mention) reaches the user.
        await fixture.PostAsync(bot, FromUser(chat, "it's fs01 and it still fails"));
        await ArrivedAsync(thread, call => call.Method == "POST" && Texts(call).Contains("Megan Bowen: it's fs01 and it still fails", StringComparison.Ordinal));
        await fixture.PostAsync(bot, TestActivities.InChannel(thread, team, Connector.ServiceUrl, "Please restart the gateway service", aadObjectId: Agent));
        await ArrivedAsync(chat, call => Texts(call).Contains("Adele Vance: Please restart the gateway service", StringComparison.Ordinal));

        // The agent resolves it: the user is told and asked for a rating.
        await fixture.PostAsync(bot, TestActivities.InChannel(thread, team, Connector.ServiceUrl, "resolve the gateway certificate was renewed", aadObjectId: Agent));
        await ArrivedAsync(chat, call => Texts(call).Contains("Adele Vance resolved your case", StringComparison.Ordinal));
        await ArrivedAsync(chat, call => Texts(call).Contains("How did it go?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transfer_ToAMentionedAgentWhoNeverActedBefore_HandsTheCaseToThem()
    {
        const string Other = "aad-alex";
        await using var bot = await fixture.StartBotAsync(new TestLogs(), $"--Escalation:Teams:Team={TeamsHelpdeskFixture.TeamName}",
            $"--Escalation:Agents:0={Agent}", $"--Escalation:Agents:1={Other}");
        var team = TeamsHelpdeskFixture.NewTeamId();
        Connector.AnswerGet($"/v3/conversations/{Uri.EscapeDataString(team)}/members/{Uri.EscapeDataString("29:alex")}",
            $$"""{"id":"29:alex","name":"Alex Wilber","aadObjectId":"{{Other}}"}""");
        var (chat, card, thread) = await HandedOverAsync(bot, team);
        await fixture.PostAsync(bot, ClaimClick(thread, team, card));

        await fixture.PostAsync(bot, TestActivities.Mentioning(
            TestActivities.InChannel(thread, team, Connector.ServiceUrl, "transfer <at>Alex Wilber</at>", aadObjectId: Agent), "29:alex", "Alex Wilber"));

        await ArrivedAsync(chat, call => Texts(call).Contains("Your case is now with Alex Wilber", StringComparison.Ordinal));
        await ArrivedAsync(thread, call => call.Method == "PUT" && Texts(call).Contains("Claimed by Alex Wilber", StringComparison.Ordinal));
    }

    /// <summary>Adds the app to the team, then a user hands a case over in a new personal chat; answers the chat, the card and its reply chain.</summary>
    private async Task<(string Chat, ConnectorCall Card, string Thread)> HandedOverAsync(BotUnderTest bot, string team)
    {
        await fixture.PostAsync(bot, TestActivities.AddedToTeam(team, TeamsHelpdeskFixture.TeamName, Connector.ServiceUrl));
        var chat = "a:" + Guid.NewGuid().ToString("N");
        await fixture.PostAsync(bot, FromUser(chat, HandOver));
        var card = await ArrivedAsync(team, call => call.Method == "POST" && Buttons(call).Contains(HelpdeskActions.Claim));
        return (chat, card, $"{team};messageid={card.Id}");
    }

    private JsonObject FromUser(string chat, string text)
    {
        var message = TestActivities.Message(chat, Connector.ServiceUrl, text);
        message["from"] = new JsonObject { ["id"] = TestActivities.UserId, ["name"] = "Megan Bowen", ["aadObjectId"] = "aad-megan" };
        return message;
    }

    private JsonObject ClaimClick(string thread, string team, ConnectorCall card)
    {
        var button = card.Body!.Value.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(set => set.GetProperty("actions").EnumerateArray())
            .Single(action => action.GetProperty("data").GetProperty("value").GetString() == HelpdeskActions.Claim);
        var click = TestActivities.ExecuteClick(thread, Connector.ServiceUrl, button, card.Id);
        var inChannel = TestActivities.InChannel(thread, team, Connector.ServiceUrl, "", aadObjectId: Agent);
        click["from"] = inChannel["from"]!.DeepClone();
        click["conversation"] = inChannel["conversation"]!.DeepClone();
        click["channelData"] = inChannel["channelData"]!.DeepClone();
        return click;
    }

    /// <summary>Waits for the Connector call to the conversation that <paramref name="matches"/>: replies go through the outbox after the turn.</summary>
    private async Task<ConnectorCall> ArrivedAsync(string conversation, Func<ConnectorCall, bool> matches)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (Connector.CallsTo(conversation).LastOrDefault(call => call.Body is not null && matches(call)) is { } call)
                return call;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Nothing of the kind reached {conversation}. It got:\n" + string.Join("\n", Connector.CallsTo(conversation).Select(c => $"{c.Method} {Texts(c)}")));
            await Task.Delay(20);
        }
    }

    /// <summary>Every text the activity shows: its own and its cards'.</summary>
    private static string Texts(ConnectorCall call)
    {
        var texts = new List<string>();
        Collect(call.Body!.Value, texts);
        return string.Join("\n", texts);
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, texts);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                    texts.Add(property.Value.GetString()!);
                else
                    Collect(property.Value, texts);
            }
        }
    }

    private static List<string?> Buttons(ConnectorCall call) => call.Body!.Value.TryGetProperty("attachments", out var attachments)
        ? attachments.EnumerateArray()
            .SelectMany(attachment => attachment.GetProperty("content").GetProperty("body").EnumerateArray())
            .Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(set => set.GetProperty("actions").EnumerateArray())
            .Select(action => action.GetProperty("data").GetProperty("value").GetString())
            .ToList()
        : [];
}
