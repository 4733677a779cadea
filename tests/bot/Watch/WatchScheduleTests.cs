using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class WatchScheduleTests
{
    private static readonly TimeZoneInfo Berlin = WatchSchedule.FindZone("Europe/Berlin")!;

    [Theory]
    [InlineData("2026-12-03T22:30:00Z", "2026-12-04T06:00:00Z")] // 23:30 in Berlin: held until 07:00 there
    [InlineData("2026-12-04T05:59:00Z", "2026-12-04T06:00:00Z")] // 06:59 in Berlin
    [InlineData("2026-12-04T06:00:00Z", "2026-12-04T06:00:00Z")] // 07:00 in Berlin: the quiet hours are over
    [InlineData("2026-12-03T12:00:00Z", "2026-12-03T12:00:00Z")] // midday: at once
    public void AfterQuietHours_OvernightHoursInTheRecipientsZone_HoldsUntilTheyEnd(string now, string expected)
    {
        var quiet = WatchSchedule.QuietHours.TryParse("22:00-07:00");

        var due = WatchSchedule.AfterQuietHours(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Berlin, quiet);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void NextDigest_AfterTodaysDigestTime_IsTomorrowsInTheRecipientsZone()
    {
        var due = WatchSchedule.NextDigest(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), Berlin, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 7, 0, 0, TimeSpan.Zero), due);
    }

    [Theory]
    [InlineData("22:00")]
    [InlineData("25:00-07:00")]
    [InlineData("07:00-07:00")]
    public void QuietHours_NotTwoTimesOfDay_IsNotRead(string text) => Assert.Null(WatchSchedule.QuietHours.TryParse(text));
}
