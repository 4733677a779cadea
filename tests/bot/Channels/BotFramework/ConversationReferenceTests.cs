using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>The stored conversation references follow what Teams says: a moved serviceUrl, a removed app.</summary>
public sealed class ConversationReferenceTests(LocalModeFixture fixture) : IClassFixture<LocalModeFixture>
{
    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private Task<StoredConversation?> StoredAsync(string conversation) =>
        fixture.Bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("msteams", conversation, CancellationToken.None);

    private async Task<HttpStatusCode> PostAsync(JsonObject activity)
    {
        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), token: null);
        return response.StatusCode;
    }

    private JsonObject Message(string conversation, string? serviceUrl = null) =>
        TestActivities.Message(conversation, serviceUrl ?? fixture.Connector.ServiceUrl, "hello");

    private JsonObject Added(string conversation)
    {
        var activity = Message(conversation);
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId });
        return activity;
    }

    [Fact]
    public async Task Message_FromAnotherServiceUrl_StoresTheNewServiceUrl()
    {
        var conversation = NewConversation();
        await PostAsync(Added(conversation));
        var moved = new Uri(fixture.Connector.Address, "emea/").ToString();

        await PostAsync(Message(conversation, moved));

        Assert.Equal(moved, (await StoredAsync(conversation))?.ServiceUrl);
    }

    [Fact]
    public async Task Message_InAConversationTheBotWasNeverToldAbout_StoresIt()
    {
        var conversation = NewConversation();

        await PostAsync(Message(conversation));

        Assert.Equal(fixture.Connector.ServiceUrl, (await StoredAsync(conversation))?.ServiceUrl);
    }

    [Theory]
    [InlineData(403, """{"error":{"code":"Forbidden","message":"The bot is not part of the conversation roster."},"subCode":"MessageWritesBlocked"}""")]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""")]
    public async Task Message_ConnectorRefusesTheConversationAsGone_ForgetsIt(int status, string body)
    {
        var conversation = NewConversation();
        await PostAsync(Added(conversation));
        fixture.Connector.Refuse(conversation, status, body);

        var answer = await PostAsync(Message(conversation));

        Assert.Equal((HttpStatusCode.OK, null), (answer, await StoredAsync(conversation)));
    }

    [Fact]
    public async Task Message_ConnectorRejectsOneActivity_KeepsTheConversation()
    {
        var conversation = NewConversation();
        await PostAsync(Added(conversation));
        fixture.Connector.Refuse(conversation, 400, """{"error":{"code":"BadSyntax","message":"Bad activity."}}""");

        await PostAsync(Message(conversation));

        Assert.NotNull(await StoredAsync(conversation));
    }

    [Fact]
    public async Task Message_AfterTheConversationWasForgotten_StoresItAgain()
    {
        var conversation = NewConversation();
        var removal = Added(conversation);
        removal.Remove("membersAdded");
        removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId });
        await PostAsync(Added(conversation));
        await PostAsync(removal);

        await PostAsync(Message(conversation));

        Assert.NotNull(await StoredAsync(conversation));
    }
}
