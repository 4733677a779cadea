using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Conversations;

/// <summary>What a conversation's dialogs say when it is closed for being quiet reaches it, through the outbox, once.</summary>
public sealed class IdleGoodbyeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IdleDirectLineConversation_GetsTheGoodbyeOnceAfterItsWatermark()
    {
        await using var server = await DirectLineServer.StartAsync<ClosingConversation>("--DirectLine:TokenLifetime=02:00:00");
        var conversation = await server.StartConversationAsync();
        var seen = (await server.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString()!;
        server.Time.Advance(TimeSpan.FromHours(1));
        var sweeper = server.Services.GetRequiredService<IdleConversationSweeper>();

        await sweeper.SweepAsync(Ct);
        await sweeper.SweepAsync(Ct);

        var later = (await server.GetActivitiesAsync(conversation, seen)).GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal([ClosingConversation.Goodbye], later.Select(activity => activity.GetProperty("text").GetString()));
        Assert.Single(await server.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Delivered, Ct));
    }

    [Fact]
    public async Task IdleSlackThread_GetsTheGoodbyeOnceInTheThread()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync<ClosingConversation>(slack, new TestLogs(), SlackTestBot.HttpSettings);
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", "1700000001.000100", "hello").ToJsonString());
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(ClosingConversation.Noted, StringComparison.Ordinal));
        var sweeper = SweeperAnHourAhead(bot.Services);

        await sweeper.SweepAsync(Ct);
        await sweeper.SweepAsync(Ct);

        var goodbye = Assert.Single(slack.CallsTo("chat.postMessage"), call => call.BlockText.Contains(ClosingConversation.Goodbye, StringComparison.Ordinal));
        Assert.Equal((SlackPayloads.Channel, "1700000001.000100"), (goodbye.Channel, goodbye.ThreadTs));
    }

    [Fact]
    public async Task IdleTerminalConversation_IsClosedWithoutAMessageToDeadLetter()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync<ClosingConversation>(slack, new TestLogs(), SlackTestBot.HttpSettings);
        await bot.Services.GetRequiredService<TurnPipeline>().ProcessAsync(new TurnRequest("console", "terminal-1", "someone", "hello"), Ct);

        var closed = await SweeperAnHourAhead(bot.Services).SweepAsync(Ct);

        var outbox = bot.Services.GetRequiredService<IOutboxStore>();
        Assert.Equal(1, closed);
        Assert.Empty(await outbox.ListAsync(OutboxState.Pending, Ct));
        Assert.Empty(await outbox.ListAsync(OutboxState.Dead, Ct));
    }

    /// <summary>The host's sweeper with a clock an hour ahead, so that every conversation is past its idle timeout.</summary>
    internal static IdleConversationSweeper SweeperAnHourAhead(IServiceProvider services) => new(
        services.GetRequiredService<IStateStore>(),
        services.GetRequiredService<TurnPipeline>(),
        new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromHours(1)),
        services.GetRequiredService<IOptions<ConversationOptions>>(),
        NullLogger<IdleConversationSweeper>.Instance,
        services.GetRequiredService<IProactiveMessenger>(),
        services.GetRequiredService<ConversationAddresses>());
}
