namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>The HTTP headers that carry a signature, on requests and on responses alike.</summary>
public static class SignatureHeaders
{
    public const string KeyId = "RdpAgent-Key-Id";
    public const string Timestamp = "RdpAgent-Timestamp";
    public const string Nonce = "RdpAgent-Nonce";
    public const string Signature = "RdpAgent-Signature";
}
