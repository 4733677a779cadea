using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>Two messages sent at once to one Direct Line conversation.</summary>
public sealed class DirectLineConcurrentPostTests
{
    [Fact]
    public async Task PostActivity_TwoAtOnce_EachMessageIsFollowedByItsOwnReplies()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversations = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => server.StartConversationAsync()));

        await Task.WhenAll(conversations.SelectMany(conversation => new[]
        {
            PostAsync(server, conversation, "I get error 0x904 extended 0x7", "client-a"),
            PostAsync(server, conversation, "it is a Windows PC", "client-b"),
        }));

        foreach (var conversation in conversations)
            Assert.Empty(RepliesOutOfPlace(await server.GetActivitiesAsync(conversation)));
    }

    /// <summary>The bot's replies that do not answer the user's message right before them, as "reply to X after Y".</summary>
    internal static List<string> RepliesOutOfPlace(JsonElement set)
    {
        var outOfPlace = new List<string>();
        string? lastUserMessage = null;
        foreach (var activity in set.GetProperty("activities").EnumerateArray())
        {
            var role = activity.GetProperty("from").TryGetProperty("role", out var r) ? r.GetString() : null;
            if (role == "user")
            {
                lastUserMessage = activity.GetProperty("id").GetString();
                continue;
            }
            var replyTo = activity.TryGetProperty("replyToId", out var id) ? id.GetString() : null;
            if (lastUserMessage is not null && replyTo != lastUserMessage)
                outOfPlace.Add($"reply to {replyTo} after {lastUserMessage}");
        }
        return outOfPlace;
    }

    private static async Task PostAsync(DirectLineServer server, StartedConversation conversation, string text, string clientActivityId)
    {
        using var response = await server.PostMessageAsync(conversation, text, clientActivityId);
        response.EnsureSuccessStatusCode();
    }
}
