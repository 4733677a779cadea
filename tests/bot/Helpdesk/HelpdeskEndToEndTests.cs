using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Tests.Channels.BotFramework;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>
/// A hand-over through the Bot Framework endpoint against the fake Connector, on SQLite: the user in a Teams chat, the
/// helpdesk in a Teams team's channel; the card, Claim, the relay both ways, resolve and the rating.
/// </summary>
public sealed class HelpdeskEndToEndTests : IAsyncLifetime
{
    private const string Desk = "19:helpdesk@thread.tacv2";
    private const string AlexAad = "0b8f6a2e-aaaa-4c1d-9e7f-1a2b3c4d5e6f";
    private const string PatAad = "7c1d2e3f-bbbb-4a5b-8c9d-0e1f2a3b4c5d";

    private readonly TemporaryFolder _folder = new();
    private readonly SigningKey _teamsKey = new("teams-key", ["msteams"]);
    private OpenIdMetadataServer _metadata = null!;
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync([_teamsKey], []);
        _connector = await FakeConnector.StartAsync();
        var desk = ConversationAddress.Conversation("msteams", Desk) with { ServiceUrl = _connector.ServiceUrl };
        _bot = await BotUnderTest.StartAsync(
            [
                .. ChannelAuthenticationFixture.Settings(_metadata, _connector),
                "--Storage:Provider=Sqlite", $"--Storage:DataFolder={_folder.Path}",
                "--Escalation:Agents:0=helpdesk-team", $"--Checks:Groups:helpdesk-team:0={AlexAad}",
            ],
            login: _connector.Address,
            services: services => services.AddSingleton<IHelpdeskChannel>(new TeamsDesk(desk)));
    }

    [Fact]
    public async Task HandOver_CardClaimRelayResolveAndRating_ReachEverySideOnce()
    {
        var user = "a:" + Guid.NewGuid().ToString("N");
        await PostAsync(Activity(user, "29:dana", null, "Dana Ruiz", "I get 0x904 and need to talk to a human"));

        // The card in the helpdesk channel, with Claim.
        var card = Assert.Single(_connector.CallsTo(Desk));
        var claim = Buttons(card).Single(button => button.GetProperty("data").GetProperty("value").GetString() == HelpdeskActions.Claim);
        Assert.Contains("the helpdesk's Teams channel", LastText(user), StringComparison.Ordinal);
        var thread = $"{Desk};messageid={card.Id}";

        // Someone who is not an agent cannot claim; Alex can.
        await PostAsync(Click(thread, "29:pat", PatAad, "Pat Doe", claim));
        Assert.Contains("Only helpdesk agents", LastText(thread), StringComparison.Ordinal);
        await PostAsync(Click(thread, "29:alex", AlexAad, "Alex Kim", claim));
        Assert.Contains("Alex Kim from the helpdesk has your case", LastText(user), StringComparison.Ordinal);
        // The card as replaced for everyone: in place where the channel can, otherwise posted again in the thread.
        Assert.Contains(_connector.CallsTo(Desk).Skip(1), call => call.Body!.Value.GetRawText().Contains("Claimed by Alex Kim", StringComparison.Ordinal));

        // The relay, both ways; an internal note stays in the thread.
        await PostAsync(Activity(thread, "29:alex", AlexAad, "Alex Kim", "// probably the certificate"));
        await PostAsync(Activity(thread, "29:alex", AlexAad, "Alex Kim", "Hi Dana, which server is it?"));
        Assert.Equal("Alex Kim: Hi Dana, which server is it?", LastText(user));
        await PostAsync(Activity(user, "29:dana", null, "Dana Ruiz", "fs01.contoso.com"));
        Assert.Equal("Dana Ruiz: fs01.contoso.com", LastText(thread));
        Assert.DoesNotContain(_connector.CallsTo(user), call => Text(call).Contains("probably the certificate", StringComparison.Ordinal));

        // Resolved: the user is told with the note and asked for a rating, which is kept.
        await PostAsync(Activity(thread, "29:alex", AlexAad, "Alex Kim", "resolve renewed the certificate on fs01"));
        var told = string.Join(" | ", _connector.CallsTo(user).TakeLast(2).Select(call => call.Body!.Value.GetRawText()));
        Assert.Contains("Alex Kim resolved your case: renewed the certificate on fs01", told, StringComparison.Ordinal);
        Assert.Contains("How did it go? Rate it 1", told, StringComparison.Ordinal);
        await PostAsync(Activity(user, "29:dana", null, "Dana Ruiz", "5 quick and friendly"));

        var rating = Assert.Single(await _bot.Services.GetRequiredService<IRatingStore>().ListAsync(Ct));
        Assert.Equal((5, "quick and friendly", true), (rating.Score, rating.Comment, rating.ByAgent));
        var kept = Assert.Single(await _bot.Services.GetRequiredService<ICaseStore>().ListAsync(liveOnly: false, limit: 10, Ct));
        Assert.Equal((CaseState.Resolved, AlexAad), (kept.State, kept.Agent?.Id));
        Assert.Single(_connector.CallsTo(Desk), call => call.Method == "POST" && !call.Path.Contains("messageid", StringComparison.Ordinal));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task PostAsync(JsonObject activity)
    {
        var token = ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, _connector.ServiceUrl, _teamsKey));
        using var response = await _bot.PostAsync(activity.ToJsonString(), token);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
        await _bot.Services.GetRequiredService<RdpHelpBot.Bot.Outbox.OutboxDelivery>().DeliverDueAsync(Ct);
    }

    private JsonObject Activity(string conversation, string from, string? aad, string name, string text)
    {
        var activity = TestActivities.Message(conversation, _connector.ServiceUrl, text);
        activity["from"] = new JsonObject { ["id"] = from, ["name"] = name, ["aadObjectId"] = aad };
        return activity;
    }

    private JsonObject Click(string conversation, string from, string aad, string name, JsonElement button)
    {
        var click = Activity(conversation, from, aad, name, "");
        click["value"] = JsonNode.Parse(button.GetProperty("data").GetRawText());
        return click;
    }

    private string LastText(string conversation) => Text(_connector.CallsTo(conversation).Last(call => call.Method == "POST"));

    private static string Text(ConnectorCall call) =>
        call.Body?.TryGetProperty("text", out var text) == true ? text.GetString() ?? "" : call.Body?.GetRawText() ?? "";

    private static IEnumerable<JsonElement> Buttons(ConnectorCall call) =>
        call.Body!.Value.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(set => set.GetProperty("actions").EnumerateArray());

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _metadata.DisposeAsync();
        _teamsKey.Dispose();
        _folder.Dispose();
    }

    private sealed class TeamsDesk(ConversationAddress address) : IHelpdeskChannel
    {
        public string Name => "the helpdesk's Teams channel";

        public Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken) => Task.FromResult<ConversationAddress?>(address);
    }
}
