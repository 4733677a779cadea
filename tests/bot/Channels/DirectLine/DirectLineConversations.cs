using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>A Direct Line client's side of a conversation with a running bot, over its REST API with the test secret.</summary>
internal static class DirectLineConversations
{
    /// <summary>Each user's message in the history with the texts of the bot's activities that answer it.</summary>
    public static List<(string Message, string Replies)> Turns(JsonElement set)
    {
        var turns = new List<(string Id, List<string> Replies)>();
        foreach (var activity in set.GetProperty("activities").EnumerateArray())
        {
            var id = activity.GetProperty("id").GetString()!;
            if (activity.GetProperty("from").GetProperty("role").GetString() == "user")
                turns.Add((id, []));
            else if (activity.TryGetProperty("replyToId", out var replyTo) && turns.FindLast(turn => turn.Id == replyTo.GetString()) is { Id: not null } turn)
                turn.Replies.Add(activity.TryGetProperty("text", out var text) ? text.GetString()! : activity.GetProperty("type").GetString()!);
        }
        return [.. turns.Select(turn => (turn.Id, string.Join(" | ", turn.Replies)))];
    }

    public static async Task<string> StartConversationAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/v3/directline/conversations", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("conversationId").GetString()!;
    }

    public static async Task<JsonElement> GetActivitiesAsync(HttpClient http, string conversationId) =>
        await http.GetFromJsonAsync<JsonElement>($"/v3/directline/conversations/{conversationId}/activities", TestContext.Current.CancellationToken);

    public static HttpClient Client(Uri baseAddress) => new()
    {
        BaseAddress = baseAddress,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", DirectLineServer.Secret) },
    };
}
