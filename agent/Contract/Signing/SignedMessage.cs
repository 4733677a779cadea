namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>
/// What a signature covers. A request is identified by its method, path and query; a response by the same plus
/// its status code, and it carries the request's nonce, so an answer recorded earlier cannot pass for a new one.
/// </summary>
/// <param name="Direction">Whether this is the request or the response of one exchange.</param>
/// <param name="Method">The request's HTTP method, upper case.</param>
/// <param name="PathAndQuery">The request's path and query exactly as sent, percent-encoding included.</param>
/// <param name="Status">The response's status code; 0 for a request.</param>
/// <param name="Timestamp">Seconds since 1970-01-01 UTC when the message was signed.</param>
/// <param name="Nonce">The request's single-use random value.</param>
/// <param name="Body">The exact body bytes (empty when there is none).</param>
public sealed record SignedMessage(
    MessageDirection Direction, string Method, string PathAndQuery, int Status, long Timestamp, string Nonce, ReadOnlyMemory<byte> Body);

public enum MessageDirection
{
    Request,
    Response,
}
