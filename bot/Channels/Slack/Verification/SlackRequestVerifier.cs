using System.Globalization;

namespace RdpHelpBot.Bot.Channels.Slack.Verification;

/// <summary>
/// Checks that a request came from Slack: the v0 signature over the raw body, compared in constant time, and a
/// timestamp within five minutes of now in either direction so a captured request cannot be replayed later.
/// </summary>
internal sealed class SlackRequestVerifier(string signingSecret, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public SignatureCheck Check(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MalformedTimestamp;
        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > Window.TotalSeconds)
            return SignatureCheck.TimestampOutOfWindow;
        var expected = SlackSignature.Compute(signingSecret, timestamp, body);
        return SlackSignature.Matches(expected, signature) ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }
}
