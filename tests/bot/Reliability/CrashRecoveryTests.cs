using System.Net.Http.Json;
using System.Text.Json;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using static RdpHelpBot.Bot.Tests.Channels.DirectLine.DirectLineConversations;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>The bot killed (SIGKILL) while many Direct Line conversations post, then started again on the same data.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Conversations = 30;

    /// <summary>What each conversation says, one message after the other's answer.</summary>
    private static readonly string[] Script =
        ["I get error 0x904 extended 0x7", "it is a Windows PC", "1", "no", "2", "what else could it be", "1", "yes"];

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task KilledUnderLoad_AfterRestart_EveryKeptMessageIsAnsweredAsWithoutTheCrash()
    {
        var expected = await RepliesWithoutACrashAsync();
        List<string> conversationIds;
        await using (var bot = await BotProcess.StartAsync(_folder.Path))
        {
            using var http = Client(bot.BaseAddress);
            conversationIds = [.. await Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => StartConversationAsync(http)))];
            var answered = 0;
            var posting = conversationIds.Select(id => PostScriptAsync(http, id, () => Interlocked.Increment(ref answered))).ToList();
            // Mid-load whatever the machine's speed: some conversations are through part of the script, many posts in flight.
            while (Volatile.Read(ref answered) < Conversations * Script.Length / 3)
                await Task.Delay(10, TestContext.Current.CancellationToken);
            await bot.Process.KillAsync();
            await Task.WhenAll(posting);
        }

        await using var restarted = await BotProcess.StartAsync(_folder.Path);
        using var client = Client(restarted.BaseAddress);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var problems = new List<string>();
        foreach (var id in conversationIds)
            problems.AddRange(await ProblemsAsync(client, id, expected, deadline));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The replies to each message of the script in a conversation nobody interrupted.</summary>
    private static async Task<List<string>> RepliesWithoutACrashAsync()
    {
        await using var server = await DirectLineServer.StartAsync();
        using var http = Client(server.BaseAddress);
        var id = await StartConversationAsync(http);
        await PostScriptAsync(http, id, () => 0);
        var turns = Turns(await GetActivitiesAsync(http, id));
        Assert.Equal(Script.Length, turns.Count);
        return [.. turns.Select(turn => turn.Replies)];
    }

    /// <summary>Waits until every message kept in the conversation is answered; what is still wrong at the deadline.</summary>
    private static async Task<List<string>> ProblemsAsync(HttpClient http, string conversationId, List<string> expected, DateTime deadline)
    {
        while (true)
        {
            var turns = Turns(await GetActivitiesAsync(http, conversationId));
            var problems = turns.Select((turn, index) => turn.Replies == expected[index]
                    ? null
                    : $"{conversationId}: message {index + 1} ('{Script[index]}') got [{turn.Replies}], without a crash [{expected[index]}]")
                .OfType<string>().ToList();
            if (problems.Count == 0 || DateTime.UtcNow > deadline)
                return problems;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Posts the script, each message after the previous one's answer, until the bot goes away.</summary>
    private static async Task PostScriptAsync(HttpClient http, string conversationId, Func<int> answered)
    {
        foreach (var text in Script)
        {
            try
            {
                using var response = await http.PostAsJsonAsync($"/v3/directline/conversations/{conversationId}/activities",
                    new { type = "message", from = new { id = "user-1" }, text }, TestContext.Current.CancellationToken);
                if (!response.IsSuccessStatusCode)
                    return;
                answered();
            }
            catch (HttpRequestException)
            {
                return;
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
