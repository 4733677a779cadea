using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> (with the secret) and <c>POST tokens/refresh</c> (with a token).</summary>
internal sealed class TokenEndpoints(DirectLineAuthorizer authorizer, ConversationTokens tokens)
{
    public async Task<IResult> GenerateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var credential = authorizer.Read(request);
        if (credential.Kind != CredentialKind.Secret)
            return credential.RefuseUnlessValid() ?? DirectLineErrors.SecretRequired();
        TokenParameters? parameters;
        try
        {
            parameters = request.ContentLength is null or 0
                ? null
                : await JsonSerializer.DeserializeAsync(request.Body, DirectLineJson.Default.TokenParameters, cancellationToken);
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The token parameters are not valid JSON: {e.Message}");
        }
        var userId = parameters?.User?.Id;
        if (userId is not null && string.IsNullOrWhiteSpace(userId))
            return DirectLineErrors.BadArgument("user.id must not be blank.");
        return Results.Json(tokens.Issue(DirectLineConversations.NewId(), userId), DirectLineJson.Default.ConversationResponse);
    }

    public IResult Refresh(HttpRequest request)
    {
        var credential = authorizer.Read(request);
        if (!credential.IsConversationToken)
            return credential.RefuseUnlessValid() ?? DirectLineErrors.BadArgument("Only a conversation token can be refreshed.");
        var token = credential.Token!;
        return Results.Json(tokens.Issue(token.ConversationId, token.UserId), DirectLineJson.Default.ConversationResponse);
    }
}
