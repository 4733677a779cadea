using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> (with the secret) and <c>POST tokens/refresh</c> (with a token).</summary>
internal sealed class TokenEndpoints(DirectLineAuthorizer authorizer, ConversationTokens tokens)
{
    private const int MaxParametersBytes = 16 * 1024;

    public async Task<IResult> GenerateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var credential = authorizer.Read(request);
        if (credential.Kind != CredentialKind.Secret)
            return credential.RefuseUnlessValid() ?? DirectLineErrors.SecretRequired();
        if (await LimitedBody.ReadAsync(request, MaxParametersBytes, cancellationToken) is not { } body)
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"The token parameters may be at most {MaxParametersBytes} bytes.");
        TokenParameters? parameters;
        try
        {
            // The body is optional; clients often send none at all.
            parameters = body.Length == 0 ? null : JsonSerializer.Deserialize(body, DirectLineJson.Default.TokenParameters);
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
