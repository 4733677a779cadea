using System.Text.Json.Serialization;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Channels.Slack.SocketMode;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>Slack's JSON: snake_case names, absent values left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(UrlVerificationAnswer))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(SocketModeMessage))]
[JsonSerializable(typeof(SocketModeAck))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(OpenConversationRequest))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(OpenConversationResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(OAuthAccessResponse))]
[JsonSerializable(typeof(StoredSlackInstallation))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;

internal sealed record UrlVerificationAnswer(string Challenge);
