namespace RdpHelpBot.Bot.Channels.Slack.Verification;

/// <summary>The outcome of checking one request's signature; anything but <see cref="Valid"/> is refused.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    TimestampOutOfWindow,
    BadSignature,
}
