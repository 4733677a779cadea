using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary><c>chat.postMessage</c>: <see cref="Text"/> is the notification and screen-reader fallback for the blocks.</summary>
internal sealed record PostMessageRequest(string Channel, string Text, JsonArray? Blocks = null, string? ThreadTs = null);

/// <summary><c>chat.update</c>: the blocks replace the message's blocks (an empty array clears them).</summary>
internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, JsonArray Blocks);

internal sealed record PostEphemeralRequest(string Channel, string User, string Text, JsonArray? Blocks = null, string? ThreadTs = null);

/// <summary><c>conversations.open</c> with one user id opens (or finds) the bot's DM with that user.</summary>
internal sealed record OpenConversationRequest(string Users);
