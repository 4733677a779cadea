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

    public override string ToString() => IsConfigured ? "configured Direct Line secret" : "generated Direct Line secret";
}
