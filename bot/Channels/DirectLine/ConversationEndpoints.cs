namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations</c> (start) and <c>GET conversations/{id}</c> (reconnect with a new streamUrl).</summary>
internal sealed class ConversationEndpoints(
    DirectLineAuthorizer authorizer,
    DirectLineConversations conversations,
    ConversationTokens tokens,
    StreamUrls streamUrls,
    DirectLineTurns turns)
{
    public async Task<IResult> StartAsync(HttpRequest request)
    {
        var credential = authorizer.Read(request);
        if (credential.Kind != CredentialKind.Secret && !credential.IsConversationToken)
            return credential.RefuseUnlessValid() ?? DirectLineErrors.Forbidden();

        var conversationId = credential.Token?.ConversationId ?? DirectLineConversations.NewId();
        var userId = credential.Token?.UserId;
        var conversation = await conversations.GetOrAddAsync(conversationId, request.HttpContext.RequestAborted);
        var streamUrl = streamUrls.For(request, conversationId, userId, watermark: 0);
        var response = credential.Kind == CredentialKind.Secret
            ? tokens.Issue(conversationId, userId, streamUrl)
            : tokens.Presented(credential, streamUrl);
        if (!conversation.TryStart())
            return Results.Json(response, DirectLineJson.Default.ConversationResponse, statusCode: StatusCodes.Status200OK);

        // Direct Line tells the bot a conversation started; the bot greets, and the stream replays the greeting.
        await turns.WelcomeAsync(conversation, userId);
        return Results.Json(response, DirectLineJson.Default.ConversationResponse, statusCode: StatusCodes.Status201Created);
    }

    public IResult Reconnect(HttpRequest request, string? watermark)
    {
        var (credential, conversation) = ConversationAccessFilter.Granted(request.HttpContext);
        var conversationId = conversation.Id;
        if (!Watermarks.TryParse(watermark, out var after))
            return Watermarks.Invalid(watermark);
        var userId = credential.Token?.UserId;
        var streamUrl = streamUrls.For(request, conversationId, userId, after);
        var response = credential.Kind == CredentialKind.Secret
            ? tokens.Issue(conversationId, userId, streamUrl)
            : tokens.Presented(credential, streamUrl);
        return Results.Json(response, DirectLineJson.Default.ConversationResponse);
    }
}

/// <summary>Finds the conversation a credential may use.</summary>
internal static class ConversationAccess
{
    /// <summary>
    /// With the secret, a conversation in memory or in the history; with its token, the conversation even when
    /// neither knows it (its history was purged), since the token proves it was made here.
    /// </summary>
    public static async Task<DirectLineConversation?> FindAsync(
        DirectLineConversations conversations, DirectLineCredential credential, string conversationId, CancellationToken cancellationToken) =>
        credential.Kind == CredentialKind.Secret
            ? await conversations.FindAsync(conversationId, cancellationToken)
            : await conversations.GetOrAddAsync(conversationId, cancellationToken);
}

internal static class Watermarks
{
    public static bool TryParse(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark)
            || (long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after));
    }

    public static IResult Invalid(string? watermark) =>
        DirectLineErrors.BadArgument($"The watermark '{watermark}' is not one this service gave out.");
}
