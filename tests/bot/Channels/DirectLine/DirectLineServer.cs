using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>The bot with its Direct Line channel on a free loopback port, its clock under the test's control.</summary>
internal sealed class DirectLineServer : IAsyncDisposable
{
    public const string Secret = "direct-line-test-secret-0123456789abcdef";

    private readonly WebApplication _app;

    private DirectLineServer(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
        BaseAddress = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public FakeTimeProvider Time { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<DirectLineServer> StartAsync(params string[] settings) =>
        StartWithAsync(["--Storage:Provider=InMemory", $"--DirectLine:Secret={Secret}", .. settings]);

    /// <summary>The bot keeping its data in SQLite in <paramref name="dataFolder"/>, with the test's secret or with none.</summary>
    public static Task<DirectLineServer> StartOnAsync(string dataFolder, bool withSecret, params string[] settings) =>
        StartWithAsync([$"--Storage:DataFolder={dataFolder}", .. withSecret ? [$"--DirectLine:Secret={Secret}"] : Array.Empty<string>(), .. settings]);

    /// <summary>The bot in memory with the test's secret, running <typeparamref name="TConversation"/> instead of the troubleshooting conversation.</summary>
    public static Task<DirectLineServer> StartAsync<TConversation>(params string[] settings)
        where TConversation : class, IConversationDialogs =>
        StartWithAsync(["--Storage:Provider=InMemory", $"--DirectLine:Secret={Secret}", .. settings],
            builder => builder.Services.AddSingleton<IConversationDialogs, TConversation>());

    private static async Task<DirectLineServer> StartWithAsync(string[] settings, Action<WebApplicationBuilder>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var errors = new StringWriter();
        var app = BotHost.Build(["--urls=http://127.0.0.1:0", .. settings], errors, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(builder);
        });
        Assert.True(app is not null, errors.ToString());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new DirectLineServer(app, time);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Starts a conversation with the secret; returns its id, token and streamUrl.</summary>
    public async Task<StartedConversation> StartConversationAsync(string bearer = Secret)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await ReadJsonAsync(response);
        return new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!,
            body.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>Starts a conversation as the chat page does: a token from <c>/webchat/token</c>, then <c>POST conversations</c>.</summary>
    public async Task<StartedConversation> StartWebChatConversationAsync()
    {
        using var granted = await SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);
        granted.EnsureSuccessStatusCode();
        return await StartConversationAsync((await ReadJsonAsync(granted)).GetProperty("token").GetString()!);
    }

    public async Task<HttpResponseMessage> PostMessageAsync(StartedConversation conversation, string text, string clientActivityId = "client-1", string? bearer = null) =>
        await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", bearer ?? conversation.Token, new
        {
            type = "message",
            from = new { id = "user-1", name = "Tester" },
            text,
            channelData = new { clientActivityID = clientActivityId },
        });

    public async Task<JsonElement> GetActivitiesAsync(StartedConversation conversation, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).Clone();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

internal sealed record StartedConversation(string Id, string Token, string StreamUrl);
