using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Helpdesk;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>The helpdesk's hours on its own wall clock, whatever the season, and its settings checked at start-up.</summary>
public sealed class BusinessHoursTests
{
    private static BusinessHours Berlin(string start = "08:00", string end = "18:00", string zone = "Europe/Berlin") => BusinessHours.From(new BusinessHoursOptions
    {
        Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = zone,
    });

    [Theory]
    [InlineData("2026-03-27T06:59:59Z", false)] // Friday 07:59:59 CET
    [InlineData("2026-03-27T07:00:00Z", true)] // Friday 08:00 CET: the start is open
    [InlineData("2026-03-27T16:59:59Z", true)]
    [InlineData("2026-03-27T17:00:00Z", false)] // Friday 18:00 CET: the end is closed
    [InlineData("2026-03-30T06:00:00Z", true)] // Monday 08:00 CEST, after the clocks went forward on Sunday
    [InlineData("2026-03-30T05:30:00Z", false)] // Monday 07:30 CEST
    [InlineData("2026-03-30T16:00:00Z", false)] // Monday 18:00 CEST
    [InlineData("2026-03-28T10:00:00Z", false)] // Saturday
    public void IsOpen_FollowsTheLocalWallClockAcrossDst(string instant, bool open) =>
        Assert.Equal(open, Berlin().IsOpen(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsOpen_WindowsZoneId_MeansTheSameZone() =>
        Assert.False(Berlin(zone: "W. Europe Standard Time").IsOpen(new DateTimeOffset(2026, 3, 30, 5, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-03-27T21:30:00Z", true)] // Friday 22:30 CET
    [InlineData("2026-03-28T04:30:00Z", true)] // Saturday 05:30 CET: Friday's shift
    [InlineData("2026-03-28T05:00:00Z", false)] // Saturday 06:00 CET
    [InlineData("2026-03-28T21:30:00Z", false)] // Saturday 22:30: no shift starts on a Saturday
    public void IsOpen_NightShift_RunsIntoTheNextMorning(string instant, bool open) =>
        Assert.Equal(open, Berlin("22:00", "06:00").IsOpen(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Startup_DaysSetting_ReplacesTheDefaultWeek()
    {
        using var host = BuildHost("--Escalation:BusinessHours:Days:0=Saturday");

        Assert.Equal([DayOfWeek.Saturday], host.Services.GetRequiredService<IOptions<HelpdeskOptions>>().Value.BusinessHours!.Days);
    }

    [Theory]
    [InlineData("--Escalation:BusinessHours:TimeZone=Mars/Olympus_Mons", "Escalation:BusinessHours:TimeZone 'Mars/Olympus_Mons' is not a time zone")]
    [InlineData("--Escalation:RepingAfter=00:00:00", "Escalation:RepingAfter must be between")]
    [InlineData("--Escalation:RelayIdleAfter=30.00:00:00", "Escalation:RelayIdleAfter must be between")]
    public async Task RunAsync_BadHelpdeskSetting_ExitsWithOneLineNamingIt(string setting, string named)
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", setting], errors, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"The bot did not start: a setting is not valid. {named}", line, StringComparison.Ordinal);
    }

    private static IHost BuildHost(params string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(["--Storage:Provider=InMemory", .. settings]);
        builder.Logging.ClearProviders();
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        return builder.Build();
    }
}
