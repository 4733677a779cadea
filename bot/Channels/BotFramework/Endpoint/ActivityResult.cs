using System.Net;
using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>The HTTP answer to the channel's POST: a status and, for invokes and errors, a JSON body.</summary>
internal sealed record ActivityResult(HttpStatusCode Status, JsonElement? Body = null)
{
    /// <summary>How long the channel is asked to wait before sending it again (a 429).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static ActivityResult Ok { get; } = new(HttpStatusCode.OK);

    public static ActivityResult Error(HttpStatusCode status, string code, string message) => new(status,
        JsonSerializer.SerializeToElement(new ErrorResponse(new ErrorValue(code, message)), BotFrameworkJsonContext.Default.ErrorResponse));

    public static ActivityResult Invoke(HttpStatusCode status, AdaptiveCardInvokeResponse response) =>
        new(status, JsonSerializer.SerializeToElement(response, BotFrameworkJsonContext.Default.AdaptiveCardInvokeResponse));
}
