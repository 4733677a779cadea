using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Tokens from Microsoft Entra ID through MSAL, which caches them until shortly before they expire: a client
/// secret against the <c>botframework.com</c> tenant (MultiTenant) or the bot's tenant (SingleTenant), or a
/// user-assigned managed identity.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Resource = "https://api.botframework.com";
    public const string Scope = Resource + "/.default";
    public const string MultiTenantAuthority = "botframework.com";

    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        var settings = options.Value;
        if (settings.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            var builder = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId!));
            if (httpClientFactory is not null)
                builder = builder.WithHttpClientFactory(httpClientFactory);
            var identity = builder.Build();
            _acquire = cancellationToken => identity.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken);
        }
        else
        {
            var tenant = settings.MicrosoftAppType == MicrosoftAppType.SingleTenant ? settings.MicrosoftAppTenantId! : MultiTenantAuthority;
            var builder = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
                .WithAuthority(new Uri(settings.LoginUrl, tenant))
                .WithClientSecret(settings.MicrosoftAppPassword);
            if (httpClientFactory is not null)
                builder = builder.WithHttpClientFactory(httpClientFactory);
            var application = builder.Build();
            _acquire = cancellationToken => application.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        (await _acquire(cancellationToken)).AccessToken;
}
