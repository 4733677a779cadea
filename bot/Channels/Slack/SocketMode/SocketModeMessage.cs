using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.Slack.SocketMode;

/// <summary>
/// What Slack sends over the socket: <c>hello</c>, <c>disconnect</c> (with a <see cref="Reason"/>), or an
/// envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) to acknowledge by its id.
/// </summary>
internal sealed record SocketModeMessage(
    string? Type,
    string? EnvelopeId = null,
    JsonElement? Payload = null,
    bool AcceptsResponsePayload = false,
    int RetryAttempt = 0,
    string? RetryReason = null,
    string? Reason = null,
    int NumConnections = 0)
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";
}

/// <summary>The acknowledgement of one envelope, sent on the socket that delivered it.</summary>
internal sealed record SocketModeAck(string EnvelopeId);
