using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.Validators;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Hosting.Callers;

namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> comes from the channel, as the Bot Framework SDK does:
/// a bearer JWT from a trusted issuer, signed (RS256/384/512) by a key from the issuer's metadata, for this
/// bot, in its lifetime give or take 5 minutes; for Bot Connector tokens also the key's endorsement of the
/// activity's channel and the <c>serviceurl</c> claim equal to the activity's serviceUrl; for Entra ID tokens
/// the issuer and the signing key of the tenant the token names (see <see cref="EntraIssuerValidator"/>). In local mode (no
/// app id) only loopback callers are accepted, without a token, and the activity vouches for nobody.
/// </summary>
internal sealed class ChannelAuthenticator(IOptions<BotFrameworkOptions> options, OpenIdMetadata metadata)
{
    private readonly EntraIssuerValidator _entraIssuers = new(
        TokenIssuers.Entra(options.Value.MicrosoftAppTenantId), options.Value.EntraOpenIdMetadataUrl, metadata.Http);

    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorization, Activity activity, IPAddress? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            return LocalCallers.IsLoopback(caller)
                ? AuthenticationOutcome.Unsigned("local mode, loopback caller")
                : AuthenticationOutcome.Rejected("local mode accepts loopback callers only");
        }
        if (BearerToken(authorization) is not { } token)
            return AuthenticationOutcome.Rejected("no 'Authorization: Bearer <token>' header");
        if (!_handler.CanReadToken(token))
            return AuthenticationOutcome.Rejected("the bearer token is not a JWT");
        var issuer = _handler.ReadJsonWebToken(token).Issuer;
        var entraIssuers = TokenIssuers.Entra(settings.MicrosoftAppTenantId);
        TokenFamily family;
        if (string.Equals(issuer, TokenIssuers.BotConnector, StringComparison.Ordinal))
            family = TokenFamily.BotConnector;
        else if (entraIssuers.Contains(issuer, StringComparer.Ordinal))
            family = TokenFamily.Entra;
        else
            return AuthenticationOutcome.Rejected($"issuer '{issuer}' is not trusted");

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(family, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return AuthenticationOutcome.Unavailable($"the {family} signing keys could not be fetched: {e.Message}");
        }

        var parameters = family == TokenFamily.BotConnector
            ? Parameters(settings.MicrosoftAppId!, family, [TokenIssuers.BotConnector], configuration)
            : EntraParameters(settings.MicrosoftAppId!, entraIssuers, configuration);
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
                metadata.RequestRefresh(family);
            return AuthenticationOutcome.Rejected($"the token is not valid: {result.Exception?.GetType().Name}");
        }
        var validated = (JsonWebToken)result.SecurityToken;
        return family == TokenFamily.BotConnector
            ? CheckBotConnectorClaims(validated, configuration, activity)
            : CheckEntraClaims(validated, activity);
    }

    private static string? BearerToken(string? authorization)
    {
        // As the SDK: exactly two parts split on one space, the first exactly "Bearer".
        var parts = authorization?.Split(' ');
        return parts is ["Bearer", { Length: > 0 } token] ? token : null;
    }

    private static TokenValidationParameters Parameters(
        string appId, TokenFamily family, IReadOnlyList<string> issuers, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = issuers,
        ValidateIssuer = true,
        // The Bot Connector's audience is the app id alone; Entra tokens may name it as api://{app id}.
        ValidAudiences = family == TokenFamily.BotConnector ? [appId] : [appId, $"api://{appId}"],
        ValidateAudience = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
    };

    /// <summary>
    /// Entra ID tokens also name their tenant: the issuer must be that tenant's, and the signing key, when Entra
    /// publishes it for one tenant only, must be that tenant's key.
    /// </summary>
    private TokenValidationParameters EntraParameters(string appId, IReadOnlyList<string> issuers, OpenIdConnectConfiguration configuration)
    {
        var parameters = Parameters(appId, TokenFamily.Entra, issuers, configuration);
        parameters.IssuerValidator = _entraIssuers.Validate;
        parameters.ConfigurationManager = metadata.Manager(TokenFamily.Entra);
        parameters.EnableAadSigningKeyIssuerValidation();
        return parameters;
    }

    private static AuthenticationOutcome CheckBotConnectorClaims(JsonWebToken token, OpenIdConnectConfiguration configuration, Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            var endorsements = Endorsements.Of(configuration, token.Kid);
            if (endorsements is null)
                return AuthenticationOutcome.Rejected("the signing key has no endorsements");
            if (!endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
                return AuthenticationOutcome.Rejected($"the signing key does not endorse channel '{activity.ChannelId}'");
        }
        if (!token.TryGetClaim(ServiceUrlClaim, out var serviceUrl))
            return AuthenticationOutcome.Rejected("the token has no serviceurl claim");
        return string.Equals(serviceUrl.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Signed("Bot Connector token")
            : AuthenticationOutcome.Rejected("the serviceurl claim does not match the activity's serviceUrl");
    }

    /// <summary>Entra-issued channel tokens have no endorsements; a serviceurl claim, when there is one, must still match.</summary>
    private static AuthenticationOutcome CheckEntraClaims(JsonWebToken token, Activity activity) =>
        token.TryGetClaim(ServiceUrlClaim, out var serviceUrl)
        && !string.Equals(serviceUrl.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Rejected("the serviceurl claim does not match the activity's serviceUrl")
            : AuthenticationOutcome.Signed("Entra ID channel token");
}
