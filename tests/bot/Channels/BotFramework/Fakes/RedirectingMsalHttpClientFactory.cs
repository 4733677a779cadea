using Microsoft.Identity.Client;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>Sends MSAL's calls to Entra ID to a local server instead, keeping their paths.</summary>
internal sealed class RedirectingMsalHttpClientFactory(Uri target) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new Redirect(target));

    public HttpClient GetHttpClient() => _client;

    private sealed class Redirect(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
