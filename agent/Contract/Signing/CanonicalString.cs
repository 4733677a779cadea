using System.Globalization;
using System.Security.Cryptography;

namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>
/// The text that gets signed, one field per line:
/// <c>RDPAGENT-HMAC-SHA256</c>, <c>request</c> or <c>response</c>, method, path and query, status (empty for a
/// request), timestamp, nonce, and the lower-case hex SHA-256 of the body.
/// </summary>
public static class CanonicalString
{
    public const string Scheme = "RDPAGENT-HMAC-SHA256";

    public static string For(SignedMessage message)
    {
        var status = message.Direction == MessageDirection.Response
            ? message.Status.ToString(CultureInfo.InvariantCulture)
            : "";
        return string.Join('\n',
            Scheme,
            message.Direction == MessageDirection.Request ? "request" : "response",
            message.Method.ToUpperInvariant(),
            message.PathAndQuery,
            status,
            message.Timestamp.ToString(CultureInfo.InvariantCulture),
            message.Nonce,
            BodyHash(message.Body.Span));
    }

    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
