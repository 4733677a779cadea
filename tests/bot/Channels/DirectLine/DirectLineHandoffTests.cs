using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>The Bot Framework handoff protocol over the bot's own Direct Line: <c>handoff.initiate</c> out, <c>handoff.status</c> in.</summary>
public sealed class DirectLineHandoffTests
{
    private const string CaseId = "case-handoff-1";
    private const string WithAgentHub = "--DirectLine:AgentHub=true";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandOver_SendsHandoffInitiateWithThePacketAndTheTranscript()
    {
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        var conversation = await server.StartConversationAsync();
        await server.PostMessageAsync(conversation, "I get error 0x904 extended 0x7 on my Azure VM, my password is Hunter2!", "client-1");
        await server.PostMessageAsync(conversation, "talk to a human", "client-2");

        var activities = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().ToList();

        var handoff = Assert.Single(activities, activity => activity.GetProperty("type").GetString() == "event");
        Assert.Equal("handoff.initiate", handoff.GetProperty("name").GetString());
        var packet = handoff.GetProperty("value");
        Assert.Equal(conversation.Id, packet.GetProperty("conversationId").GetString());
        Assert.Contains("0x904", packet.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var attachment = Assert.Single(handoff.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("Transcript", "application/json"), (attachment.GetProperty("name").GetString(), attachment.GetProperty("contentType").GetString()));
        var transcript = attachment.GetProperty("content").GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToList();
        Assert.Contains("talk to a human", transcript);
        Assert.Contains(transcript, text => text.StartsWith("I get error 0x904", StringComparison.Ordinal));
        Assert.DoesNotContain(transcript, text => text.Contains("Hunter2!", StringComparison.Ordinal));
        var handOverReply = activities.FindIndex(activity => activity.TryGetProperty("text", out var text) && text.GetString()!.StartsWith("Here's what I'll pass on", StringComparison.Ordinal));
        Assert.True(handOverReply >= 0 && handOverReply < activities.IndexOf(handoff), "the event follows the reply that shows the user what is passed on");
        Assert.Equal(handoff.GetProperty("replyToId").GetString(), activities[handOverReply].GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task HandoffStatus_AcceptedThenCompleted_ClaimsForTheAgentHubThenResolves()
    {
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        var conversation = await server.StartConversationAsync();
        var cases = await HandedOverAsync(server, conversation);

        using (var accepted = await PostStatusAsync(server, conversation, "accepted", conversation.Token))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var claimed = (await cases.FindAsync(CaseId, Ct))!;
        Assert.Equal((CaseState.Claimed, "the agent hub"), (claimed.State, claimed.Agent?.Name));

        using (var completed = await PostStatusAsync(server, conversation, "completed", conversation.Token))
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(CaseState.Resolved, (await cases.FindAsync(CaseId, Ct))!.State);
        Assert.Equal(
            [
                "Someone from the helpdesk has taken your case and will answer here.",
                "The helpdesk has finished with your case; you're back with me. If you still can't connect, tell me the error you see.",
            ],
            await BotTextsAsync(server, conversation));
    }

    [Fact]
    public async Task HandoffStatus_Failed_PutsTheCaseBackInTheQueue()
    {
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        var conversation = await server.StartConversationAsync();
        var cases = await HandedOverAsync(server, conversation);
        (await PostStatusAsync(server, conversation, "accepted", conversation.Token)).Dispose();

        using var failed = await PostStatusAsync(server, conversation, "failed", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var waiting = (await cases.FindAsync(CaseId, Ct))!;
        Assert.Equal((CaseState.Waiting, (HelpdeskAgent?)null), (waiting.State, waiting.Agent));
    }

    [Fact]
    public async Task HandoffStatus_WithTheSecretOrAnotherConversationsToken_IsRefusedAndChangesNothing()
    {
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        var conversation = await server.StartConversationAsync();
        var other = await server.StartConversationAsync();
        var cases = await HandedOverAsync(server, conversation);

        using var withSecret = await PostStatusAsync(server, conversation, "accepted", DirectLineServer.Secret);
        using var withOtherToken = await PostStatusAsync(server, conversation, "accepted", other.Token);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (withSecret.StatusCode, withOtherToken.StatusCode));
        Assert.Equal(CaseState.Waiting, (await cases.FindAsync(CaseId, Ct))!.State);
        Assert.Empty(await BotTextsAsync(server, conversation));
    }

    [Fact]
    public async Task HandoffStatus_UnknownStateOrNoCase_IsRefusedNamingWhy()
    {
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        var conversation = await server.StartConversationAsync();
        var withoutCase = await server.StartConversationAsync();
        await HandedOverAsync(server, conversation);

        using var unknown = await PostStatusAsync(server, conversation, "maybe", conversation.Token);
        using var noCase = await PostStatusAsync(server, withoutCase, "accepted", withoutCase.Token);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("value.state", (await DirectLineServer.ReadJsonAsync(unknown)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, noCase.StatusCode);
    }

    [Fact]
    public async Task DirectLineJs_AgentHub_ReceivesTheInitiationAndAcceptsTheCase()
    {
        var node = NodeClients.RequireNode();
        await using var server = await DirectLineServer.StartAsync(WithAgentHub);
        const string userId = "dl_handoff-user";
        using var generated = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineServer.Secret, new { user = new { id = userId } });
        var granted = await DirectLineServer.ReadJsonAsync(generated);
        var conversation = new StartedConversation(granted.GetProperty("conversationId").GetString()!, granted.GetProperty("token").GetString()!, "");
        var cases = server.Services.GetRequiredService<ICaseStore>();

        var run = await NodeClients.RunAsync(node, "handoff.js", server.BaseAddress.ToString().TrimEnd('/'), conversation.Token, userId);

        Assert.True(run.ExitCode == 0, run.Describe());
        var initiation = run.Lines[0];
        Assert.Equal("handoff.initiate", initiation.GetProperty("event").GetString());
        Assert.Contains("talk to a human", initiation.GetProperty("transcript").EnumerateArray().Select(text => text.GetString()));
        var handedOver = await cases.FindLiveAsync(new ConversationKey("directline", conversation.Id), Ct);
        Assert.Equal((CaseState.Claimed, initiation.GetProperty("caseId").GetString()), (handedOver?.State, handedOver?.CaseId));
    }

    [Fact]
    public async Task HandOver_WithoutAnAgentHub_SendsNoHandoffEventAndLeavesNoCaseWaiting()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        await server.PostMessageAsync(conversation, "I get error 0x904 extended 0x7 on my Azure VM", "client-1");
        await server.PostMessageAsync(conversation, "talk to a human", "client-2");

        var activities = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().ToList();

        Assert.DoesNotContain(activities, activity => activity.GetProperty("type").GetString() == "event");
        Assert.Null(await server.Services.GetRequiredService<ICaseStore>().FindLiveAsync(new ConversationKey("directline", conversation.Id), Ct));
    }

    internal static Task<HttpResponseMessage> PostStatusAsync(DirectLineServer server, StartedConversation conversation, string state, string bearer) =>
        server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", bearer, new
        {
            type = "event",
            name = "handoff.status",
            from = new { id = "agent-hub" },
            value = new { state },
        });

    /// <summary>A case waiting for the helpdesk, handed over in <paramref name="conversation"/>.</summary>
    private static async Task<ICaseStore> HandedOverAsync(DirectLineServer server, StartedConversation conversation)
    {
        var cases = server.Services.GetRequiredService<ICaseStore>();
        var now = server.Time.GetUtcNow();
        await cases.SaveAsync(new HelpdeskCase
        {
            CaseId = CaseId,
            UserConversation = new ConversationKey("directline", conversation.Id),
            UserAddress = ConversationAddress.Conversation("directline", conversation.Id),
            UserId = "user-1",
            Packet = new CasePacket
            {
                CaseId = CaseId,
                Summary = "0x904/0x7 to an Azure VM",
                User = new PacketUser("directline", "user-1"),
                ConversationId = conversation.Id,
                Times = new PacketTimes(now, now),
            },
            Escalated = now,
            LastActivity = now,
        }, null, null, Ct);
        return cases;
    }

    private static async Task<IReadOnlyList<string>> BotTextsAsync(DirectLineServer server, StartedConversation conversation) =>
    [
        .. (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray()
            .Where(activity => activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("id").GetString() == "rdphelpbot")
            .Select(activity => activity.GetProperty("text").GetString()!)
            .Where(text => !text.StartsWith("Hi!", StringComparison.Ordinal)),
    ];
}
