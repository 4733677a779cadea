using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret: the configured one, or a random one for this run. It is never logged, nor is the key
/// that signs tokens.
/// </summary>
internal sealed class DirectLineSecret
{
    private readonly byte[] _secret;
    private readonly string? _keyFile;

    /// <param name="keyFile">
    /// Where the signing key is kept when no secret is configured; without one, the key is random for this run.
    /// </param>
    public DirectLineSecret(IOptions<DirectLineOptions> options, string? keyFile = null)
    {
        var configured = options.Value.Secret;
        IsConfigured = !string.IsNullOrEmpty(configured);
        _secret = IsConfigured
            ? Encoding.UTF8.GetBytes(configured!)
            : Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        // Tokens are signed with a key derived from the configured secret, or kept in the key file, so that
        // they stay valid across restarts.
        _keyFile = IsConfigured ? null : keyFile;
        SigningKey = _keyFile is null
            ? HMACSHA256.HashData(_secret, "RdpHelpBot Direct Line token signing key"u8)
            : DirectLineKeyFile.ReadOrCreate(_keyFile);
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
        : "/v3/directline for the web chat only (no DirectLine:Secret configured, so other clients cannot get tokens)"
          + (_keyFile is null ? "; its tokens end with this run" : $"; its tokens are signed with the key in {_keyFile}");

    public override string ToString() => Describe();
}
