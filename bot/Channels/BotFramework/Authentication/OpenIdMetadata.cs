using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The signing keys of both token families, fetched from their OpenID metadata, cached and refreshed
/// (every 12 hours, or at most every 5 minutes when a token names a key not seen yet).
/// </summary>
internal sealed class OpenIdMetadata : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _botConnector;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _entra;

    public OpenIdMetadata(IOptions<BotFrameworkOptions> options)
    {
        _botConnector = Manager(options.Value.ChannelOpenIdMetadataUrl);
        _entra = Manager(options.Value.EntraOpenIdMetadataUrl);
    }

    /// <exception cref="InvalidOperationException">The metadata or its keys could not be fetched.</exception>
    public Task<OpenIdConnectConfiguration> GetAsync(TokenFamily family, CancellationToken cancellationToken) =>
        For(family).GetConfigurationAsync(cancellationToken);

    public void RequestRefresh(TokenFamily family) => For(family).RequestRefresh();

    /// <summary>The family's metadata source, for checks that read the metadata themselves while a token is validated.</summary>
    public BaseConfigurationManager Manager(TokenFamily family) => For(family);

    /// <summary>The client the metadata is fetched with.</summary>
    public HttpClient Http => _http;

    public void Dispose() => _http.Dispose();

    private ConfigurationManager<OpenIdConnectConfiguration> For(TokenFamily family) =>
        family == TokenFamily.BotConnector ? _botConnector : _entra;

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(Uri url) =>
        new(url.ToString(), new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(_http) { RequireHttps = !url.IsLoopback })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
}
