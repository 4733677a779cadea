using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>Makes the tokens a channel would send, and the forged ones an attacker would.</summary>
internal static class ChannelTokens
{
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string EntraIssuer = $"https://login.microsoftonline.com/{BotServiceTenant}/v2.0";
    public const string EntraV1Issuer = $"https://sts.windows.net/{BotServiceTenant}/";

    /// <summary>What Entra ID publishes as the issuer of its common keys: any tenant's.</summary>
    public const string AnyTenantIssuer = "https://login.microsoftonline.com/{tenantid}/v2.0";

    /// <summary>An Entra ID token from <paramref name="issuer"/> naming <paramref name="tenant"/> in its <c>tid</c> claim.</summary>
    public static SecurityTokenDescriptor EntraDescriptor(string appId, string serviceUrl, SigningKey key, string issuer = EntraIssuer, string? tenant = BotServiceTenant)
    {
        var descriptor = Descriptor(appId, serviceUrl, key, issuer);
        if (tenant is not null)
            descriptor.Subject.AddClaim(new Claim("tid", tenant));
        return descriptor;
    }

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static SecurityTokenDescriptor Descriptor(string appId, string serviceUrl, SigningKey key, string issuer = BotConnectorIssuer)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = appId,
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", "d6d49420-f39b-4df7-a1dc-d59a935871db")]),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
    }

    public static string Create(SecurityTokenDescriptor descriptor) => Handler.CreateToken(descriptor);

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(SecurityTokenDescriptor descriptor) => Handler.CreateToken(descriptor.Changed(d => d.SigningCredentials = null));

    /// <summary>The old confusion attack: HS256 with the RSA public key as the shared secret, under the real key's id.</summary>
    public static string HmacWithPublicKey(SecurityTokenDescriptor descriptor, SigningKey key) => Handler.CreateToken(descriptor.Changed(d =>
        d.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key.PublicKeyBytes) { KeyId = key.KeyId }, SecurityAlgorithms.HmacSha256)));

    public static SecurityTokenDescriptor Changed(this SecurityTokenDescriptor descriptor, Action<SecurityTokenDescriptor> change)
    {
        change(descriptor);
        return descriptor;
    }
}
