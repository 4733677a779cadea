using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Clicks on the bot's Teams cards: Action.Execute is answered with the card as answered, and a card is
/// answered once, however often it is clicked.
/// </summary>
public sealed class CardClickTests(ChannelAuthenticationFixture fixture) : IClassFixture<ChannelAuthenticationFixture>
{
    private const string FirstMessage = "I get error 0x904 extended 0x7 when connecting";

    private FakeConnector Connector => fixture.Connector;

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(JsonObject activity)
    {
        var token = ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, Connector.ServiceUrl, fixture.TeamsKey));
        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), token);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>Starts a conversation; returns it, the id Teams gave the last card with buttons, and that card's first button.</summary>
    private async Task<(string Conversation, string CardId, JsonElement Button)> CardAsync()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        await PostAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage));
        var call = Connector.CallsTo(conversation).Last(call => ActionSets(call).Any());
        return (conversation, call.Id!, ActionSets(call).Last().GetProperty("actions")[0]);
    }

    private static IEnumerable<JsonElement> ActionSets(ConnectorCall call) =>
        call.Body!.Value.TryGetProperty("attachments", out var attachments)
            ? attachments[0].GetProperty("content").GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ActionSet")
            : [];

    private async Task<int> TurnsInAsync(string conversation) => (await fixture.Bot.TranscriptAsync("msteams", conversation)).Count;

    [Fact]
    public async Task ExecuteClick_IsAnsweredWithTheCardShowingTheChoiceInsteadOfButtons()
    {
        var (conversation, cardId, button) = await CardAsync();

        var (status, body) = await PostAsync(TestActivities.ExecuteClick(conversation, Connector.ServiceUrl, button, cardId));

        var card = body.GetProperty("value");
        Assert.Equal((HttpStatusCode.OK, 200, "application/vnd.microsoft.card.adaptive"),
            (status, body.GetProperty("statusCode").GetInt32(), body.GetProperty("type").GetString()));
        Assert.DoesNotContain(card.GetProperty("body").EnumerateArray(), element => element.GetProperty("type").GetString() == "ActionSet");
        Assert.Contains(button.GetProperty("title").GetString()!, card.GetProperty("body").EnumerateArray().Last().GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteClick_SecondClickOnTheSameCard_RunsNoSecondTurnAndGetsTheSameCard()
    {
        var (conversation, cardId, button) = await CardAsync();
        var (_, first) = await PostAsync(TestActivities.ExecuteClick(conversation, Connector.ServiceUrl, button, cardId));
        var (calls, turns) = (Connector.CallsTo(conversation).Count, await TurnsInAsync(conversation));

        var (status, second) = await PostAsync(TestActivities.ExecuteClick(conversation, Connector.ServiceUrl, button, cardId));

        Assert.Equal((HttpStatusCode.OK, first.GetRawText(), calls, turns),
            (status, second.GetRawText(), Connector.CallsTo(conversation).Count, await TurnsInAsync(conversation)));
    }

    [Fact]
    public async Task ExecuteClick_CardTheBotDoesNotKnow_IsAnsweredWithAMessageAndRunsTheTurn()
    {
        var (conversation, _, button) = await CardAsync();
        var turns = await TurnsInAsync(conversation);

        var (status, body) = await PostAsync(TestActivities.ExecuteClick(conversation, Connector.ServiceUrl, button, cardId: "an-older-card"));

        Assert.Equal((HttpStatusCode.OK, "application/vnd.microsoft.activity.message"), (status, body.GetProperty("type").GetString()));
        Assert.True(await TurnsInAsync(conversation) > turns, "The click ran no turn.");
    }

    [Fact]
    public async Task SubmitClick_SecondClickOnTheSameCard_RunsNoSecondTurn()
    {
        var (conversation, cardId, button) = await CardAsync();
        var submit = button.GetProperty("fallback").GetProperty("data").GetProperty("msteams").GetProperty("value");
        await PostAsync(TestActivities.SubmitClick(conversation, Connector.ServiceUrl, submit, cardId));
        var (calls, turns) = (Connector.CallsTo(conversation).Count, await TurnsInAsync(conversation));

        var (status, _) = await PostAsync(TestActivities.SubmitClick(conversation, Connector.ServiceUrl, submit, cardId));

        Assert.Equal((HttpStatusCode.OK, calls, turns), (status, Connector.CallsTo(conversation).Count, await TurnsInAsync(conversation)));
    }

    [Fact]
    public async Task SubmitClick_AfterExecuteOnTheSameCard_RunsNoSecondTurn()
    {
        var (conversation, cardId, button) = await CardAsync();
        await PostAsync(TestActivities.ExecuteClick(conversation, Connector.ServiceUrl, button, cardId));
        var turns = await TurnsInAsync(conversation);
        var submit = button.GetProperty("fallback").GetProperty("data").GetProperty("msteams").GetProperty("value");

        await PostAsync(TestActivities.SubmitClick(conversation, Connector.ServiceUrl, submit, cardId));

        Assert.Equal(turns, await TurnsInAsync(conversation));
    }
}
