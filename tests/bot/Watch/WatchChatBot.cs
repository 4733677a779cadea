using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// The real host with Slack pointed at a <see cref="FakeSlackApi"/>, host checks allowing a local RDP listener that
/// serves a CA-issued certificate, and a fake clock: the test runs the watch's passes and the outbox's deliveries
/// itself (their background loops are taken out), so what reaches Slack is exactly what a pass at that time sends.
/// </summary>
internal sealed class WatchChatBot : IAsyncDisposable
{
    public const string Person = $"{SlackPayloads.Team}:{SlackPayloads.User}";

    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly TemporaryFolder _data;
    private int _commands;

    private WatchChatBot(WebApplication app, TemporaryFolder data, FakeTimeProvider time, FakeRdpServer listener, FakeSlackApi slack)
    {
        _app = app;
        _data = data;
        Time = time;
        Listener = listener;
        Slack = slack;
        _http = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/") };
    }

    public FakeTimeProvider Time { get; }

    public FakeRdpServer Listener { get; }

    public FakeSlackApi Slack { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The listener as a person types it.</summary>
    public string Host => $"127.0.0.1:{Listener.Port.ToString(CultureInfo.InvariantCulture)}";

    /// <param name="daysLeft">Days (and two hours) the listener's certificate has left at the start.</param>
    public static async Task<WatchChatBot> StartAsync(int daysLeft, params string[] settings)
    {
        var now = DateTimeOffset.UtcNow;
        var time = new FakeTimeProvider(now);
        using var authority = TestCertificates.Authority("Contoso Test CA", now.AddDays(-400), now.AddDays(400));
        var listener = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", now.AddDays(-300), now.AddDays(daysLeft).AddHours(2)));
        var slack = await FakeSlackApi.StartAsync();
        var data = new TemporaryFolder();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Storage:DataFolder={data.Path}",
            "--Logging:LogLevel:Default=Warning",
            $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}",
            "--Slack:MessageInterval=00:00:00",
            .. SlackTestBot.HttpSettings,
            "--Checks:AllowedHosts:0=127.0.0.1",
            "--Checks:AllowLoopback=true",
            $"--Checks:AllowedPorts:0={listener.Port}",
            $"--Checks:AllowedUsers:0={Person}",
            .. settings,
        ];
        var app = BotHost.Build(args, TextWriter.Null, builder => AtTheTestsTime(builder.Services, time))
            ?? throw new InvalidOperationException("The host did not build.");
        await app.StartAsync();
        return new WatchChatBot(app, data, time, listener, slack);
    }

    /// <summary>The host's clock is <paramref name="time"/>, and the test runs passes and deliveries itself (their background loops are taken out).</summary>
    public static void AtTheTestsTime(IServiceCollection services, FakeTimeProvider time)
    {
        services.AddSingleton<TimeProvider>(time);
        foreach (var loop in services.Where(s => s.ImplementationType == typeof(OutboxDeliveryService) || s.ImplementationType == typeof(WatchService)).ToList())
            services.Remove(loop);
    }

    /// <summary><c>/rdphelp TEXT</c> in the person's direct message with the bot.</summary>
    public Task SlashAsync(string text) =>
        PostSignedAsync("slack/commands", SlackPayloads.CommandForm(text, SlackPayloads.DirectChannel, $"1.{Interlocked.Increment(ref _commands)}.watch"), "application/x-www-form-urlencoded");

    /// <summary>The person clicks the button with <paramref name="label"/> on the posted message.</summary>
    public Task ClickAsync(SlackApiCall posted, string label) =>
        PostSignedAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(posted, posted.Buttons.First(b => b.Label == label).Value)), "application/x-www-form-urlencoded");

    /// <summary>A pass at the fake clock's time, then the deliveries due then.</summary>
    public async Task PassAsync()
    {
        var pass = Services.GetRequiredService<WatchPass>();
        while (await pass.RunAsync(CancellationToken.None) is null)
            await Task.Delay(10);
        await DeliverAsync();
    }

    public Task DeliverAsync() => Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);

    /// <summary>Moves the clock and delivers what has come due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await DeliverAsync();
    }

    /// <summary>The messages posted to the person's direct message (the bot opens it as <c>D</c> + their user id).</summary>
    public IReadOnlyList<SlackApiCall> DirectMessages() =>
        [.. Slack.CallsTo("chat.postMessage").Where(call => call.Channel == "D" + SlackPayloads.User)];

    /// <summary>The bot's answer, in the conversation the person wrote or clicked in, that contains the words (as Slack shows them).</summary>
    public Task<SlackApiCall> AnswerAsync(string containing) =>
        Slack.WaitForCallAsync(call => call.Method == "chat.postMessage"
            && ((call.Text ?? "").Contains(containing, StringComparison.Ordinal) || call.BlockText.Contains(containing, StringComparison.Ordinal)));

    private async Task PostSignedAsync(string path, string body, string contentType)
    {
        using var request = SlackTestBot.Signed(path, body, contentType, SlackTestBot.SigningSecret, Time.GetUtcNow());
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Listener.DisposeAsync();
        await Slack.DisposeAsync();
        _data.Dispose();
    }
}
