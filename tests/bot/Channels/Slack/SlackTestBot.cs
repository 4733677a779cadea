using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.Verification;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Conversations;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

/// <summary>
/// The bot with the Slack channel on 127.0.0.1, running the one-question test conversation, talking to a
/// <see cref="FakeSlackApi"/>, with its data in a temporary folder. Sends requests signed as Slack signs them.
/// </summary>
internal sealed class SlackTestBot : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret";
    public const string BotToken = "xoxb-single-workspace";
    public const string AppToken = "xapp-test-app-token";

    private readonly WebApplication _app;
    private readonly TemporaryFolder _data;

    private SlackTestBot(WebApplication app, TemporaryFolder data, HttpClient http)
    {
        _app = app;
        _data = data;
        Http = http;
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public string DataFolder => _data.Path;

    public static Task<SlackTestBot> StartAsync(FakeSlackApi slack, params string[] settings) =>
        StartAsync(slack, new TestLogs(), settings);

    public static Task<SlackTestBot> StartAsync(FakeSlackApi slack, TestLogs logs, params string[] settings) =>
        StartAsync<AzureQuestionConversation>(slack, logs, settings);

    public static Task<SlackTestBot> StartAsync<TConversation>(FakeSlackApi slack, TestLogs logs, params string[] settings)
        where TConversation : class, IConversationDialogs =>
        StartAsync<TConversation>(slack, logs, services: null, settings);

    /// <param name="services">Last changes to the services (a case store holding a case, for one).</param>
    public static async Task<SlackTestBot> StartAsync<TConversation>(FakeSlackApi slack, TestLogs logs, Action<IServiceCollection>? services, params string[] settings)
        where TConversation : class, IConversationDialogs
    {
        var data = new TemporaryFolder();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Storage:DataFolder={data.Path}",
            $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}",
            "--Slack:MessageInterval=00:00:00.010",
            "--Slack:ReconnectDelay=00:00:00.050",
            .. settings,
        ];
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.AddKnowledge();
        builder.AddStorage();
        builder.AddOutbox();
        builder.AddConversations<TConversation>();
        builder.AddSlackChannel();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSlackChannel();
        await app.StartAsync();
        var address = app.Urls.First();
        var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        return new SlackTestBot(app, data, http);
    }

    /// <summary>The real host (every feature, the troubleshooting conversation, the helpdesk) with Slack pointed at <paramref name="slack"/>.</summary>
    public static async Task<SlackTestBot> StartHostAsync(FakeSlackApi slack, params string[] settings)
    {
        var data = new TemporaryFolder();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Storage:DataFolder={data.Path}",
            "--Logging:LogLevel:Default=Warning",
            $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}",
            "--Slack:MessageInterval=00:00:00.010",
            .. settings,
        ];
        var app = BotHost.Build(args, TextWriter.Null) ?? throw new InvalidOperationException("The host did not build.");
        await app.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/") };
        return new SlackTestBot(app, data, http);
    }

    /// <summary>Default settings: HTTP routes on with the single-workspace token.</summary>
    public static string[] HttpSettings => [$"--SLACK_SIGNING_SECRET={SigningSecret}", $"--SLACK_BOT_TOKEN={BotToken}"];

    public Task<HttpResponseMessage> PostEventAsync(string json, int? retryNum = null) =>
        PostSignedAsync("slack/events", json, "application/json", request =>
        {
            if (retryNum is { } retry)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }
        });

    public Task<HttpResponseMessage> PostFormAsync(string path, string form) =>
        PostSignedAsync(path, form, "application/x-www-form-urlencoded");

    public async Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType, Action<HttpRequestMessage>? adjust = null, string secret = SigningSecret, DateTimeOffset? at = null)
    {
        using var request = Signed(path, body, contentType, secret, at ?? DateTimeOffset.UtcNow);
        adjust?.Invoke(request);
        return await Http.SendAsync(request);
    }

    /// <summary>A request signed as Slack signs one sent at <paramref name="at"/>.</summary>
    public static HttpRequestMessage Signed(string path, string body, string contentType, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
