using System.Net;
using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// Invokes other than card clicks: <c>healthCheck</c> is answered 200 with the SDK's health results; any other
/// name gets 501 with a body naming it, which is how the Bot Framework SDK answers an invoke a bot does not
/// handle (a Teams feature this bot's manifest does not declare, such as message extensions or task modules).
/// </summary>
internal static class OtherInvokes
{
    public const string HealthCheck = "healthCheck";
    public const string HealthyMessage = "Health check succeeded.";

    public static ActivityResult Answer(Activity activity) => activity.Name == HealthCheck
        ? new ActivityResult(HttpStatusCode.OK, JsonSerializer.SerializeToElement(
            new HealthCheckResponse(new HealthResults(Success: true, [HealthyMessage])), BotFrameworkJsonContext.Default.HealthCheckResponse))
        : ActivityResult.Error(HttpStatusCode.NotImplemented, "NotImplemented",
            $"This bot does not handle '{activity.Name}' invokes; it handles adaptiveCard/action and healthCheck.");
}
