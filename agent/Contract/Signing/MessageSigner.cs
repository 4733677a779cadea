using System.Security.Cryptography;
using System.Text;

namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>Computes signatures (HMAC-SHA256 over the <see cref="CanonicalString"/>, Base64) and fresh nonces.</summary>
public static class MessageSigner
{
    private const int NonceBytes = 18;

    public static string Sign(AgentKey key, SignedMessage message) =>
        Convert.ToBase64String(Mac(key, message));

    /// <summary>24 URL-safe characters from 18 random bytes.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(NonceBytes))
        .Replace('+', '-').Replace('/', '_');

    internal static byte[] Mac(AgentKey key, SignedMessage message) =>
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(CanonicalString.For(message)));
}
