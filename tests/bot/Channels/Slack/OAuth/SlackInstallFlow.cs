using Microsoft.AspNetCore.WebUtilities;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.OAuth;

/// <summary>Plays the installer's browser: follows /slack/install to Slack and comes back with a code.</summary>
internal sealed class SlackInstallFlow : IDisposable
{
    public const string ClientId = "1111.2222";
    public const string ClientSecret = "client-secret-value";

    private readonly HttpClient _browser;

    public SlackInstallFlow(SlackTestBot bot)
    {
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = bot.Http.BaseAddress };
    }

    public static string[] Settings(FakeSlackApi slack) =>
    [
        .. SlackTestBot.HttpSettings,
        $"--SLACK_CLIENT_ID={ClientId}",
        $"--SLACK_CLIENT_SECRET={ClientSecret}",
        $"--Slack:AuthorizeUrl={slack.Root}oauth/v2/authorize",
    ];

    /// <summary>GET /slack/install: where it sends the browser, and the state cookie it set.</summary>
    public async Task<(Uri Location, IReadOnlyDictionary<string, string> Query, string? Cookie)> StartAsync()
    {
        using var response = await _browser.GetAsync("slack/install");
        var location = response.Headers.Location ?? throw new InvalidOperationException($"/slack/install answered {(int)response.StatusCode} without a redirect.");
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(SlackOAuthState.CookieName + "=", StringComparison.Ordinal))
            : null;
        return (location, query, cookie);
    }

    /// <summary>Slack's redirect back: GET /slack/oauth_redirect with the code and state, and the browser's cookie.</summary>
    public async Task<HttpResponseMessage> ReturnAsync(string code, string? state, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"slack/oauth_redirect?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state ?? "")}");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return await _browser.SendAsync(request);
    }

    public async Task<HttpResponseMessage> InstallAsync(string code)
    {
        var (_, query, cookie) = await StartAsync();
        return await ReturnAsync(code, query["state"], cookie);
    }

    public void Dispose() => _browser.Dispose();
}
