using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;
using RdpHelpBot.Bot.Tests.LanguageModel;
using RdpHelpBot.Bot.Tests.Reliability;
using static RdpHelpBot.Bot.Tests.Channels.DirectLine.DirectLineStreamTests;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// Two bot processes on one PostgreSQL database behind no affinity: a web chat's stream on one instance gets what
/// its messages posted to the other bring, and both instances give out the same history; a conversation held by an
/// instance killed mid-turn goes on at the other once the hold's lease has run out.
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
        var (id, token, streamUrl) = await StartConversationAsync(a);
        // The token A issued is what the chat uses on either instance.
        using var onA = TokenClient(a.BaseAddress, token);
        using var onB = TokenClient(b.BaseAddress, token);
        using var stream = await ConnectAsync(streamUrl);
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

    [Fact]
    public async Task ConversationHeldByAnInstanceKilledMidTurn_MessagePostedToTheOther_AnsweredWithinTheHoldsLease()
    {
        await using var model = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));
        // The turn waits for the model as long as the test holds it; the claim timeout stays at its default minute.
        string[] settings = ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}",
            .. ModelUnderstanderTests.Settings(model.Endpoint), "--AzureOpenAI:Timeout=00:01:00"];
        await using var a = await BotProcess.StartAsync(_folder.File("a"), settings);
        await using var b = await BotProcess.StartAsync(_folder.File("b"), settings);
        var (id, token, _) = await StartConversationAsync(a);
        using var onA = TokenClient(a.BaseAddress, token);
        using var onB = TokenClient(b.BaseAddress, token);
        await UntilAsync(async () => (await ActivitiesAsync(onA, id)).Count > 0, "the greeting");

        // A's turn holds the conversation while it waits for a model that never answers it.
        model.Then(OpenAIStandIn.Hang());
        var onAPosted = PostAsync(onA, id, "I get 0x904");
        await a.UntilAsync(() => !model.Requests.IsEmpty, "the turn on A reading the message");
        await a.Process.KillAsync();
        var killed = DateTime.UtcNow;
        var onBId = await PostAsync(onB, id, "it is a Windows PC");
        var waited = DateTime.UtcNow - killed;
        TestContext.Current.TestOutputHelper?.WriteLine($"The message posted to B was answered {waited.TotalSeconds:0.0} s after A was killed.");

        var history = (await ActivitiesAsync(onB, id)).Select(activity => JsonElement.Parse(activity.Json)).ToList();
        var kept = history.Where(activity => activity.GetProperty("from").GetProperty("id").GetString() == "user-1").Select(Id).ToList();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, message => Assert.True(Answered(history, message), $"Message {message} was not answered."));
        Assert.Equal(onBId, kept[1]);
        // The lease (10 s, as the README says), then B's turns for both messages on a busy machine.
        Assert.True(waited < TimeSpan.FromSeconds(20),
            $"The message posted to B was answered {waited.TotalSeconds:0.0} s after A was killed holding the conversation.");
        // The post to A got no answer: its instance was killed; the message it kept was answered by B.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => onAPosted);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen within 30 s: {what}.");
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>Starts a conversation with the secret on <paramref name="bot"/>: its id, its token and its stream's URL.</summary>
    private static async Task<(string Id, string Token, string StreamUrl)> StartConversationAsync(BotProcess bot)
    {
        using var secret = DirectLineConversations.Client(bot.BaseAddress);
        using var started = await secret.PostAsync("/v3/directline/conversations", null, Ct);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!,
            conversation.GetProperty("streamUrl").GetString()!);
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
