using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.Validators;

namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The issuer check of Entra ID channel tokens: the issuer must be one of the trusted tenants' issuers
/// (<see cref="TokenIssuers.Entra"/>), and, as Microsoft.IdentityModel's <see cref="AadIssuerValidator"/>
/// checks it, must be the issuer of the tenant the token names in its <c>tid</c> claim.
/// </summary>
internal sealed class EntraIssuerValidator
{
    /// <summary>Entra's issuers, v2.0 and v1, with the place for the token's tenant.</summary>
    private static readonly TokenValidationParameters TenantIssuerTemplates = new()
    {
        ValidIssuers = [$"https://login.microsoftonline.com/{{tenantid}}/v2.0", $"https://sts.windows.net/{{tenantid}}/"],
    };

    private readonly IReadOnlyList<string> _trusted;
    private readonly AadIssuerValidator _aad;

    /// <param name="trusted">The exact issuers accepted.</param>
    /// <param name="metadataUrl">Entra's OpenID metadata; its authority is where the validator would look up issuers it does not know.</param>
    public EntraIssuerValidator(IReadOnlyList<string> trusted, Uri metadataUrl, HttpClient http)
    {
        _trusted = trusted;
        _aad = AadIssuerValidator.GetAadIssuerValidator(Authority(metadataUrl), http);
    }

    /// <exception cref="SecurityTokenInvalidIssuerException">The issuer is not trusted or not the token's tenant's.</exception>
    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        if (!_trusted.Contains(issuer, StringComparer.Ordinal))
            throw new SecurityTokenInvalidIssuerException($"The issuer '{issuer}' is not a trusted Entra ID tenant.") { InvalidIssuer = issuer };
        return _aad.Validate(issuer, token, TenantIssuerTemplates);
    }

    /// <summary><c>https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration</c> → <c>…/common/v2.0</c>.</summary>
    public static string Authority(Uri metadataUrl)
    {
        var url = metadataUrl.GetLeftPart(UriPartial.Path);
        var wellKnown = url.IndexOf("/.well-known/", StringComparison.Ordinal);
        return wellKnown > 0 ? url[..wellKnown] : url.TrimEnd('/');
    }
}
