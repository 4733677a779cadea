using System.Globalization;
using System.Security.Cryptography;

namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>
/// Checks a message's signature headers against the key, the clock and the message itself. Replays are the
/// caller's concern: the agent remembers nonces, the bot compares a response's nonce with its request's.
/// </summary>
public static class SignatureVerifier
{
    /// <summary>How far the two clocks may disagree (5 minutes) unless configured otherwise.</summary>
    public static readonly TimeSpan DefaultMaxClockSkew = TimeSpan.FromMinutes(5);

    private const int HmacBytes = 32;

    public static SignatureFailure Verify(
        SignatureHeaderValues headers, AgentKey key, SignedMessageShape shape, DateTimeOffset now, TimeSpan maxClockSkew)
    {
        if (!headers.IsComplete)
            return SignatureFailure.MissingSignature;
        if (!TryParseTimestamp(headers.Timestamp!, out var timestamp) || !IsWellFormedNonce(headers.Nonce!)
            || !TryDecodeSignature(headers.Signature!, out var signature))
            return SignatureFailure.MalformedSignature;
        if (!string.Equals(headers.KeyId, key.Id, StringComparison.Ordinal))
            return SignatureFailure.UnknownKeyId;
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > (long)maxClockSkew.TotalSeconds)
            return SignatureFailure.ClockSkew;
        var expected = MessageSigner.Mac(key, shape.With(timestamp, headers.Nonce!));
        return CryptographicOperations.FixedTimeEquals(expected, signature) ? SignatureFailure.None : SignatureFailure.BadSignature;
    }

    /// <summary>16 to 128 URL-safe Base64 characters.</summary>
    public static bool IsWellFormedNonce(string nonce) =>
        nonce.Length is >= 16 and <= 128 && nonce.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool TryParseTimestamp(string text, out long timestamp)
    {
        timestamp = 0;
        return text.Length <= 18 && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
    }

    private static bool TryDecodeSignature(string text, out byte[] signature)
    {
        signature = new byte[HmacBytes];
        return Convert.TryFromBase64String(text, signature, out var written) && written == HmacBytes;
    }
}
