namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// In front of every route of one conversation (<c>conversations/{conversationId}…</c>): the caller needs the secret
/// or that conversation's token (401, 403 otherwise) and the conversation must be one the credential may use (404);
/// the endpoint then reads both with <see cref="Granted"/>.
/// </summary>
internal sealed class ConversationAccessFilter(DirectLineAuthorizer authorizer, DirectLineConversations conversations) : IEndpointFilter
{
    public const string RouteValue = "conversationId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var conversationId = http.GetRouteValue(RouteValue) as string ?? "";
        var credential = authorizer.Read(http.Request);
        if (credential.RefuseUnlessFor(conversationId) is { } refusal)
            return refusal;
        if (await ConversationAccess.FindAsync(conversations, credential, conversationId, http.RequestAborted) is not { } conversation)
            return DirectLineErrors.NotFound();
        http.Features.Set(new ConversationAccessGranted(credential, conversation));
        return await next(context);
    }

    /// <summary>What this filter granted the request.</summary>
    public static ConversationAccessGranted Granted(HttpContext context) =>
        context.Features.Get<ConversationAccessGranted>() ?? throw new InvalidOperationException("The route is not behind the conversation access filter.");
}

/// <summary>The credential a request presented and the conversation it may use.</summary>
internal sealed record ConversationAccessGranted(DirectLineCredential Credential, DirectLineConversation Conversation);
