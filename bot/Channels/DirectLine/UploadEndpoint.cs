namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/upload</c>: Direct Line's way to send files. The bot reads text only, so after the
/// same checks as sending an activity the answer is a 400 that says so, and the client can tell the user.
/// </summary>
internal sealed class UploadEndpoint(DirectLineAuthorizer authorizer, DirectLineConversations conversations)
{
    public const string NotSupportedMessage =
        "This bot does not accept files. Type the error message, or paste the text of a screenshot, instead.";

    public async Task<IResult> PostAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var credential = authorizer.Read(request);
        if (credential.RefuseUnlessFor(conversationId) is { } refusal)
            return refusal;
        if (await ConversationAccess.FindAsync(conversations, credential, conversationId, cancellationToken) is null)
            return DirectLineErrors.NotFound();
        return DirectLineErrors.BadArgument(NotSupportedMessage);
    }
}
