using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations/{id}/activities</c> (send) and <c>GET …/activities?watermark=</c> (poll).</summary>
internal sealed class ActivityEndpoints(
    DirectLineTurns turns,
    DirectLineHandoffs handoffs,
    IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    /// <summary>Direct Line refuses activities over 256K characters serialised.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The most activities one poll returns; the client asks again from the new watermark.</summary>
    public const int PageSize = 100;

    /// <summary>A field given twice is refused when parsed, not later when a node throws on reading it.</summary>
    private static readonly JsonDocumentOptions SingleValuedFields = new() { AllowDuplicateProperties = false };

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (credential, conversation) = ConversationAccessFilter.Granted(request.HttpContext);
        var conversationId = conversation.Id;
        if (!request.HasJsonContentType())
            return DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument",
                "Send the activity as JSON, with 'Content-Type: application/json'.");
        if (await LimitedBody.ReadAsync(request, MaxActivityBytes, cancellationToken) is not { } body)
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"An activity may be at most {MaxActivityBytes} bytes.");
        var bytes = body.Length;
        // The parser checks strings' UTF-8 only when they are read, after the activity would be accepted.
        if (!Utf8.IsValid(body))
            return DirectLineErrors.BadArgument("The activity is not valid UTF-8.");
        JsonObject? posted;
        try
        {
            posted = JsonNode.Parse(body, documentOptions: SingleValuedFields) as JsonObject;
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The activity is not valid JSON: {e.Message}");
        }
        if (posted is null)
            return DirectLineErrors.BadArgument("The activity must be a JSON object.");
        if (IncomingActivity.Problem(posted, credential.Token?.UserId) is { } problem)
            return DirectLineErrors.BadArgument(problem);
        if (!IncomingActivity.IsMessage(posted) && bytes > options.Value.MaxNonMessageActivityBytes)
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument",
                $"An activity other than a message may be at most {options.Value.MaxNonMessageActivityBytes} bytes.");

        if (DirectLineHandoff.StatusState(posted) is { } state)
        {
            if (credential.Token is null)
                return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden",
                    $"A '{DirectLineHandoff.StatusName}' event must be sent with this conversation's own token, not the secret.");
            if (!DirectLineHandoffs.IsKnownState(state))
                return DirectLineErrors.BadArgument("value.state must be 'accepted', 'failed' or 'completed'.");
            if (!await handoffs.ApplyAsync(conversation, state, cancellationToken))
                return DirectLineErrors.Error(StatusCodes.Status409Conflict, "Conflict", "No case is handed over in this conversation.");
        }

        var now = time.GetUtcNow();
        var id = await turns.PostAsync(
            conversation, activityId => IncomingActivity.Echo(posted, activityId, conversationId, credential.Token?.UserId, now), now);
        return Results.Json(new ResourceResponse(id), DirectLineJson.Default.ResourceResponse);
    }

    /// <summary>The same on every instance: what other instances added is read first.</summary>
    public static async Task<IResult> GetAsync(HttpRequest request, string? watermark, CancellationToken cancellationToken)
    {
        var conversation = ConversationAccessFilter.Granted(request.HttpContext).Conversation;
        if (!Watermarks.TryParse(watermark, out var after))
            return Watermarks.Invalid(watermark);
        await conversation.CatchUpAsync(cancellationToken);
        return Results.Json(conversation.After(after, PageSize), DirectLineJson.Default.ActivitySet);
    }
}
