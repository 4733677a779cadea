using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>The real web host on 127.0.0.1 with a free port, its outside calls pointed at local fakes.</summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private BotUnderTest(WebApplication app)
    {
        _app = app;
        _http.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>The bot's own address, e.g. <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseAddress => _http.BaseAddress!;

    /// <param name="services">Last changes to the host's services (a slowed store).</param>
    public static async Task<BotUnderTest> StartAsync(
        IEnumerable<string> settings, Uri? login = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        var errors = new StringWriter();
        var app = BotHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:Provider=InMemory", "--Transcripts:Enabled=true", .. settings], errors, builder =>
        {
            builder.Logging.ClearProviders();
            if (logs is not null)
                builder.Logging.AddProvider(logs);
            if (login is not null)
                builder.Services.AddSingleton<IMsalHttpClientFactory>(new RedirectingMsalHttpClientFactory(login));
            services?.Invoke(builder.Services);
        }) ?? throw new InvalidOperationException(errors.ToString());
        await app.StartAsync();
        return new BotUnderTest(app);
    }

    /// <summary>Posts the activity, then waits until the turns it queued have run and their replies have gone.</summary>
    public async Task<HttpResponseMessage> PostAsync(string activityJson, string? token, Action<HttpRequestMessage>? configure = null)
    {
        var response = await PostNowAsync(activityJson, token, configure);
        await IdleAsync();
        return response;
    }

    /// <summary>Posts the activity and returns the channel's answer as soon as it comes, while its turn may still run.</summary>
    public async Task<HttpResponseMessage> PostNowAsync(string activityJson, string? token, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activityJson, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        configure?.Invoke(request);
        return await _http.SendAsync(request);
    }

    /// <summary>Waits until no conversation has a queued turn waiting or running.</summary>
    public async Task IdleAsync(TimeSpan? within = null)
    {
        var queue = Services.GetRequiredService<ConversationQueue>();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (queue.BusyConversations > 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{queue.BusyConversations} conversation(s) still had turns queued or running.");
            await Task.Delay(10);
        }
    }

    /// <summary>What the turn pipeline recorded for the conversation: empty when no turn ran.</summary>
    public Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(string channelId, string conversationId) =>
        Services.GetRequiredService<ITranscriptStore>().ReadAsync(new ConversationKey(channelId, conversationId).ToString(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
