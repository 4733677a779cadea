namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>The four signature headers as they arrived (any may be missing).</summary>
public sealed record SignatureHeaderValues(string? KeyId, string? Timestamp, string? Nonce, string? Signature)
{
    public bool IsComplete => !string.IsNullOrEmpty(KeyId) && !string.IsNullOrEmpty(Timestamp)
        && !string.IsNullOrEmpty(Nonce) && !string.IsNullOrEmpty(Signature);

    /// <summary>The headers that sign <paramref name="message"/> with <paramref name="key"/>.</summary>
    public static SignatureHeaderValues Sign(AgentKey key, SignedMessage message) => new(
        key.Id, message.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Nonce,
        MessageSigner.Sign(key, message));

    public IEnumerable<KeyValuePair<string, string?>> AsHeaders() =>
    [
        new(SignatureHeaders.KeyId, KeyId), new(SignatureHeaders.Timestamp, Timestamp),
        new(SignatureHeaders.Nonce, Nonce), new(SignatureHeaders.Signature, Signature),
    ];

    /// <summary>Reads the headers through a lookup that returns a header's single value, or null.</summary>
    public static SignatureHeaderValues From(Func<string, string?> header) => new(
        header(SignatureHeaders.KeyId), header(SignatureHeaders.Timestamp),
        header(SignatureHeaders.Nonce), header(SignatureHeaders.Signature));
}
