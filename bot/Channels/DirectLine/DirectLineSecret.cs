using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line secret: the configured one, or a random one for this run. It is never logged.</summary>
internal sealed class DirectLineSecret
{
    private readonly byte[] _secret;

    public DirectLineSecret(IOptions<DirectLineOptions> options)
    {
        var configured = options.Value.Secret;
        IsConfigured = !string.IsNullOrEmpty(configured);
        _secret = IsConfigured
            ? Encoding.UTF8.GetBytes(configured!)
            : Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        // Tokens are signed with a key derived from the secret, so a configured secret keeps tokens valid across restarts.
        SigningKey = HMACSHA256.HashData(_secret, "RdpHelpBot Direct Line token signing key"u8);
    }

    public bool IsConfigured { get; }

    public byte[] SigningKey { get; }

    public bool Matches(string candidate)
    {
        var bytes = Encoding.UTF8.GetBytes(candidate);
        return CryptographicOperations.FixedTimeEquals(bytes, _secret);
    }

    /// <summary>For the start-up log: which secret is in use, never the secret itself.</summary>
    public string Describe() => IsConfigured
        ? "/v3/directline with the configured secret"
        : "/v3/directline for the web chat only (no DirectLine:Secret configured, so other clients cannot get tokens)";

    public override string ToString() => Describe();
}
