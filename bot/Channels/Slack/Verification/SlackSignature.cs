using System.Security.Cryptography;
using System.Text;

namespace RdpHelpBot.Bot.Channels.Slack.Verification;

/// <summary>Slack's v0 request signature: HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>, hex, prefixed <c>v0=</c>.</summary>
internal static class SlackSignature
{
    public const string Version = "v0";

    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }

    public static bool Matches(string expected, string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received));
}
