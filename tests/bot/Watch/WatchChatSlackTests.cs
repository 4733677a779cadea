namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// Certificate warnings asked for and answered in Slack, through the real host's signed routes and a fake Slack: the
/// person subscribes with <c>/rdphelp watch HOST</c>, passes at a fake clock's time post warnings to their direct
/// message as cards, and the cards' buttons act.
/// </summary>
public sealed class WatchChatSlackTests
{
    private static readonly string[] WarningButtons = ["Show me how to renew", "Snooze 1 day", "Snooze 7 days", "Snooze until renewed", "Check now"];

    [Fact]
    public async Task Watch_BySlashCommand_SubscribesThePersonAndTheWarningReachesTheirDirectMessageAsACard()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 20);

        await bot.SlashAsync($"watch {bot.Host}");
        await bot.AnswerAsync("OK, I'll warn you here before the RDP certificate of *127.0.0.1");
        await bot.PassAsync();

        var warning = Assert.Single(bot.DirectMessages());
        Assert.Equal(WarningButtons, warning.Buttons.Select(button => button.Label));
        Assert.Contains("expires in 20 days", warning.BlockText, StringComparison.Ordinal);
        Assert.Contains("Renew it with CN=Contoso Test CA", warning.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_HostNotOnTheAllowList_IsRefusedSayingWhy()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 20);

        await bot.SlashAsync("watch 192.0.2.10");

        await bot.AnswerAsync("192.0.2.10 is not on the list of hosts I may check");
        await bot.PassAsync();
        Assert.Empty(bot.DirectMessages());
    }

    [Fact]
    public async Task StopWatching_AfterWhatAmIWatching_ListsTheHostThenSendsNoMoreWarnings()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 20);
        await bot.SlashAsync($"watch {bot.Host}");
        await bot.AnswerAsync("OK, I'll warn you");

        await bot.SlashAsync("what am I watching?");
        await bot.AnswerAsync($"*127.0.0.1 (port {bot.Listener.Port})*: not checked yet");
        await bot.SlashAsync($"stop watching {bot.Host}");
        await bot.AnswerAsync("OK, I've stopped warning you about *127.0.0.1");
        await bot.PassAsync();

        Assert.Empty(bot.DirectMessages());
    }

    [Fact]
    public async Task Snooze_SevenDays_HoldsTheWarningsAcrossDailyPassesUntilItEnds()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 15);
        await bot.SlashAsync($"watch {bot.Host}");
        await bot.AnswerAsync("OK, I'll warn you");
        await bot.PassAsync();
        var first = Assert.Single(bot.DirectMessages());

        await bot.ClickAsync(first, "Snooze 7 days");
        await bot.AnswerAsync("OK, no warnings about *127.0.0.1");
        var daily = new List<int>();
        for (var day = 1; day <= 9; day++)
        {
            await bot.AdvanceAsync(TimeSpan.FromDays(1));
            await bot.PassAsync();
            daily.Add(Warnings(bot).Count - 1);
        }

        // Day 2 crossed 14 days left while snoozed; day 9 crosses 7 days left after the snooze ended on day 7.
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 1], daily);
        Assert.Contains("expires in 6 days", Warnings(bot)[^1].BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNow_OnTheWarning_ProbesTheHostAndSaysWhatItFound()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 20);
        await bot.SlashAsync($"watch {bot.Host}");
        await bot.AnswerAsync("OK, I'll warn you");
        await bot.PassAsync();

        await bot.ClickAsync(Assert.Single(bot.DirectMessages()), "Check now");

        var answer = await bot.AnswerAsync("I checked *127.0.0.1*");
        Assert.Contains("expires", answer.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowMeHowToRenew_OnTheWarning_StartsACaseWithTheRenewalFirst()
    {
        await using var bot = await WatchChatBot.StartAsync(daysLeft: 2);
        await bot.SlashAsync($"watch {bot.Host}");
        await bot.AnswerAsync("OK, I'll warn you");
        await bot.PassAsync();

        await bot.ClickAsync(Assert.Single(bot.DirectMessages()), "Show me how to renew");

        await bot.AnswerAsync("Let's renew the RDP certificate of *127.0.0.1");
        var fix = await bot.AnswerAsync("Here's what to try first:");
        Assert.Contains("certificate", fix.BlockText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task QuietHours_AWarningThatCanWait_ArrivesWhenTheyEnd_AnUrgentOneAtOnce()
    {
        await using var later = await WatchChatBot.StartAsync(20, QuietAroundNow());
        await using var urgent = await WatchChatBot.StartAsync(2, QuietAroundNow());
        foreach (var bot in new[] { later, urgent })
        {
            await bot.SlashAsync($"watch {bot.Host}");
            await bot.AnswerAsync("OK, I'll warn you");
            await bot.PassAsync();
        }

        Assert.Equal((0, 1), (later.DirectMessages().Count, urgent.DirectMessages().Count));
        await later.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Empty(later.DirectMessages());
        await later.AdvanceAsync(TimeSpan.FromHours(1.1));
        Assert.Contains("expires in 20 days", Assert.Single(later.DirectMessages()).BlockText, StringComparison.Ordinal);
    }

    /// <summary>Quiet hours from an hour ago to two hours from now, on the real clock the fake one starts at.</summary>
    private static string QuietAroundNow()
    {
        var now = DateTimeOffset.UtcNow;
        return $"--Watch:QuietHours={now.AddHours(-1):HH\\:mm}-{now.AddHours(2):HH\\:mm}";
    }

    private static List<Channels.Slack.Fakes.SlackApiCall> Warnings(WatchChatBot bot) => [.. bot.DirectMessages().Where(call => call.HasButtons)];
}
