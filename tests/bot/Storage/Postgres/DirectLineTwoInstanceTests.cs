using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;
using RdpHelpBot.Bot.Tests.Reliability;
using static RdpHelpBot.Bot.Tests.Channels.DirectLine.DirectLineStreamTests;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// Two bot processes on one PostgreSQL database behind no affinity: a web chat's stream on one instance gets what
/// its messages posted to the other bring, and both instances give out the same history.
/// </summary>
public sealed class DirectLineTwoInstanceTests(PostgresServer server) : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StreamOnOneInstance_MessagesPostedToEither_ArriveWithTheirRepliesAndOneHistory()
    {
        string[] settings = ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}"];
        await using var a = await BotProcess.StartAsync(_folder.File("a"), settings);
        await using var b = await BotProcess.StartAsync(_folder.File("b"), settings);
        using var secretOnA = DirectLineConversations.Client(a.BaseAddress);
        using var started = await secretOnA.PostAsync("/v3/directline/conversations", null, Ct);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = conversation.GetProperty("conversationId").GetString()!;
        // The token A issued is what the chat uses on either instance.
        using var onA = TokenClient(a.BaseAddress, conversation.GetProperty("token").GetString()!);
        using var onB = TokenClient(b.BaseAddress, conversation.GetProperty("token").GetString()!);
        using var stream = await ConnectAsync(conversation.GetProperty("streamUrl").GetString()!);
        var seen = new StreamReader(stream);
        await seen.UntilAsync(activities => activities.Count > 0, "the greeting");

        var onBId = await PostAsync(onB, id, "I get 0x904");
        await seen.UntilAsync(activities => Answered(activities, onBId), "the message posted to B and the bot's reply");
        var onAId = await PostAsync(onA, id, "it is a Windows PC");
        await seen.UntilAsync(activities => Answered(activities, onAId), "the next message, posted to A, and its reply");

        Assert.Equal("I get 0x904", seen.Activities.Single(activity => Id(activity) == onBId).GetProperty("text").GetString());
        Assert.Equal(seen.Watermarks.Order(), seen.Watermarks);
        Assert.Equal(seen.Watermarks.Count, seen.Watermarks.Distinct().Count());
        var historyOnA = await ActivitiesAsync(onA, id);
        var historyOnB = await ActivitiesAsync(onB, id);
        Assert.Equal(historyOnA, historyOnB);
        Assert.Equal(seen.Activities.Select(Id), historyOnA.Select(activity => activity.Id));
    }

    private static HttpClient TokenClient(Uri baseAddress, string token) => new()
    {
        BaseAddress = baseAddress,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    private static async Task<string> PostAsync(HttpClient http, string conversationId, string text)
    {
        using var response = await http.PostAsJsonAsync($"/v3/directline/conversations/{conversationId}/activities",
            new { type = "message", from = new { id = "user-1" }, text }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private static async Task<List<(string Id, string Json)>> ActivitiesAsync(HttpClient http, string conversationId)
    {
        var set = await http.GetFromJsonAsync<JsonElement>($"/v3/directline/conversations/{conversationId}/activities?watermark=0", Ct);
        return [.. set.GetProperty("activities").EnumerateArray().Select(activity => (Id(activity), activity.GetRawText()))];
    }

    private static bool Answered(IReadOnlyList<JsonElement> activities, string messageId) =>
        activities.Any(activity => Id(activity) == messageId)
        && activities.Any(activity => activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == messageId
            && activity.GetProperty("type").GetString() == "message");

    private static string Id(JsonElement activity) => activity.GetProperty("id").GetString()!;

    /// <summary>What the stream brought: the kept activities (typing left out) and each set's watermark, in order.</summary>
    private sealed class StreamReader(WebSocket socket)
    {
        public List<JsonElement> Activities { get; } = [];

        public List<long> Watermarks { get; } = [];

        public async Task UntilAsync(Func<IReadOnlyList<JsonElement>, bool> seen, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!seen(Activities))
            {
                Assert.True(DateTime.UtcNow < deadline, $"The stream did not bring {what} within 30 s.");
                JsonElement set;
                try
                {
                    set = await ReceiveSetAsync(socket);
                }
                catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
                {
                    Assert.Fail($"The stream brought nothing for 10 s while waiting for {what}.");
                    return;
                }
                if (!set.TryGetProperty("watermark", out var watermark))
                    continue;
                Watermarks.Add(long.Parse(watermark.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                Activities.AddRange(set.GetProperty("activities").EnumerateArray());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }
}
