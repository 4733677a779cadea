using System.Text.Json;
using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations/{id}/activities</c> (send) and <c>GET …/activities?watermark=</c> (poll).</summary>
internal sealed class ActivityEndpoints(
    DirectLineAuthorizer authorizer,
    DirectLineConversations conversations,
    DirectLineTurns turns,
    TimeProvider time)
{
    /// <summary>Direct Line refuses activities over 256K characters serialised.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The most activities one poll returns; the client asks again from the new watermark.</summary>
    public const int PageSize = 100;

    public async Task<IResult> PostAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var credential = authorizer.Read(request);
        if (credential.RefuseUnlessFor(conversationId) is { } refusal)
            return refusal;
        if (await ConversationAccess.FindAsync(conversations, credential, conversationId, cancellationToken) is not { } conversation)
            return DirectLineErrors.NotFound();

        JsonObject? posted;
        try
        {
            RequestBodies.Limit(request, MaxActivityBytes);
            posted = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The activity is not valid JSON: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return DirectLineErrors.Error(e.StatusCode, "BadArgument", $"An activity may be at most {MaxActivityBytes} bytes.");
        }
        if (posted is null)
            return DirectLineErrors.BadArgument("The activity must be a JSON object.");
        if (IncomingActivity.Problem(posted, credential.Token?.UserId) is { } problem)
            return DirectLineErrors.BadArgument(problem);

        var now = time.GetUtcNow();
        var id = await turns.PostAsync(
            conversation, activityId => IncomingActivity.Echo(posted, activityId, conversationId, credential.Token?.UserId, now), now);
        return Results.Json(new ResourceResponse(id), DirectLineJson.Default.ResourceResponse);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var credential = authorizer.Read(request);
        if (credential.RefuseUnlessFor(conversationId) is { } refusal)
            return refusal;
        if (await ConversationAccess.FindAsync(conversations, credential, conversationId, cancellationToken) is not { } conversation)
            return DirectLineErrors.NotFound();
        if (!Watermarks.TryParse(watermark, out var after))
            return Watermarks.Invalid(watermark);
        return Results.Json(conversation.After(after, PageSize), DirectLineJson.Default.ActivitySet);
    }
}
