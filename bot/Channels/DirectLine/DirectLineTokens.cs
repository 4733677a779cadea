using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and reads Direct Line tokens: JWTs signed with HMAC-SHA256 under a key derived from the secret,
/// bound to one conversation, with an expiry. Clients such as directlinejs may decode them (the <c>user</c> claim).
/// </summary>
internal sealed class DirectLineTokens(DirectLineSecret secret, TimeProvider time)
{
    /// <summary>A client has this long to open a stream with the streamUrl it was given.</summary>
    public static readonly TimeSpan StreamUrlLifetime = TimeSpan.FromMinutes(1);

    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public string Issue(string conversationId, string? userId, TimeSpan lifetime, TokenScope scope = TokenScope.Conversation)
    {
        var now = time.GetUtcNow();
        var claims = new TokenClaims(conversationId, userId, scope == TokenScope.Stream ? "stream" : null,
            now.ToUnixTimeSeconds(), (now + lifetime).ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.TokenClaims));
        var unsigned = $"{Header}.{payload}";
        return $"{unsigned}.{Base64Url.EncodeToString(Sign(unsigned))}";
    }

    /// <summary>Reads a token this bot signed; <see cref="TokenReading.Invalid"/> for anything else.</summary>
    public TokenReading Read(string token)
    {
        var lastDot = token.LastIndexOf('.');
        if (lastDot <= 0 || !Base64Url.IsValid(token.AsSpan(lastDot + 1)))
            return TokenReading.Invalid;
        var signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(token[..lastDot])))
            return TokenReading.Invalid;
        var claims = ReadClaims(token[..lastDot]);
        if (claims is null || string.IsNullOrEmpty(claims.Conversation))
            return TokenReading.Invalid;
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt);
        var scope = claims.Scope == "stream" ? TokenScope.Stream : TokenScope.Conversation;
        var granted = new DirectLineToken(claims.Conversation, claims.User, scope, expires);
        return time.GetUtcNow() >= expires ? TokenReading.ExpiredToken(granted) : TokenReading.Valid(granted);
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(unsigned));

    private static TokenClaims? ReadClaims(string signedPart)
    {
        var parts = signedPart.Split('.');
        if (parts.Length != 2 || parts[0] != Header || !Base64Url.IsValid(parts[1]))
            return null;
        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJson.Default.TokenClaims);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A token's claims in its JSON form.</summary>
internal sealed record TokenClaims(
    [property: JsonPropertyName("conv")] string Conversation,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("scope")] string? Scope,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt);

/// <summary>What a presented token turned out to be.</summary>
internal sealed record TokenReading(DirectLineToken? Token, bool Expired)
{
    public static readonly TokenReading Invalid = new(null, false);

    public static TokenReading Valid(DirectLineToken token) => new(token, false);

    public static TokenReading ExpiredToken(DirectLineToken token) => new(token, true);

    public bool IsValid => Token is not null && !Expired;
}
