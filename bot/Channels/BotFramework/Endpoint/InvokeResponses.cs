using System.Net;
using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>The bodies Teams expects back from an <c>adaptiveCard/action</c> invoke.</summary>
internal static class InvokeResponses
{
    /// <summary>What Teams shows where the clicked card is when the card cannot be redrawn; the answer follows as a message.</summary>
    public const string Acknowledgement = "Got it.";

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, AdaptiveCardInvokeResponse.MessageType,
        JsonSerializer.SerializeToElement(text, BotFrameworkJsonContext.Default.String));

    /// <summary>A card Teams puts in place of the clicked one.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, AdaptiveCardInvokeResponse.CardType, card);

    public static AdaptiveCardInvokeResponse Error(HttpStatusCode status, string message) => new((int)status, AdaptiveCardInvokeResponse.ErrorType,
        JsonSerializer.SerializeToElement(new ErrorValue(status.ToString(), message), BotFrameworkJsonContext.Default.ErrorValue));

    public static AdaptiveCardInvokeValue? ReadValue(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return null;
        try
        {
            return value.Deserialize(BotFrameworkJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
