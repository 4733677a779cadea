using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>
/// An RSA signing key made for the test, published as a JWK (with Bot Connector endorsements, or Entra ID's
/// <c>issuer</c> of the tenants the key signs for, when given).
/// </summary>
internal sealed class SigningKey(string keyId, IReadOnlyList<string>? endorsements = null, string? issuer = null) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId => keyId;

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = keyId };

    /// <summary>The public key's bytes, which an attacker could use as an HMAC secret.</summary>
    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public JsonObject Jwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (issuer is not null)
            jwk["issuer"] = issuer;
        if (endorsements is not null)
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray());
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
