using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>Reads the posted activity and says precisely what is wrong with one the bot cannot act on.</summary>
internal static class ActivityReader
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static ActivityReadResult Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            return ActivityReadResult.Invalid("The request body is empty; it must be a Bot Framework activity in JSON.");
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException e)
        {
            return ActivityReadResult.Invalid($"The request body is not a Bot Framework activity: {e.Message}");
        }
        if (activity is null)
            return ActivityReadResult.Invalid("The request body is null; it must be a Bot Framework activity in JSON.");
        return Problem(activity) is { } problem ? ActivityReadResult.Invalid(problem) : new ActivityReadResult(activity, null);
    }

    private static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return "The activity has no type.";
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
            return null;
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return $"The {activity.Type} activity has no http(s) serviceUrl to answer at.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return $"The {activity.Type} activity has no conversation.id.";
        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
            return $"The {activity.Type} activity has no recipient.id (the bot).";
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
            return $"The {activity.Type} activity has no from.id.";
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Id))
            return $"The {activity.Type} activity has no id.";
        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
            return "The invoke activity has no name.";
        return null;
    }
}

internal sealed record ActivityReadResult(Activity? Activity, string? Error)
{
    public static ActivityReadResult Invalid(string error) => new(null, error);
}
