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
        TokenParameters? parameters;
        try
        {
            parameters = await ReadParametersAsync(request, cancellationToken);
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The token parameters are not valid JSON: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return DirectLineErrors.Error(e.StatusCode, "BadArgument", $"The token parameters may be at most {MaxParametersBytes} bytes.");
        }
        var userId = parameters?.User?.Id;
        if (userId is not null && string.IsNullOrWhiteSpace(userId))
            return DirectLineErrors.BadArgument("user.id must not be blank.");
        return Results.Json(tokens.Issue(DirectLineConversations.NewId(), userId), DirectLineJson.Default.ConversationResponse);
    }

    /// <summary>The body is optional; clients often send none at all.</summary>
    private static async Task<TokenParameters?> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        RequestBodies.Limit(request, MaxParametersBytes);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.Length == 0 ? null : JsonSerializer.Deserialize(body.ToArray(), DirectLineJson.Default.TokenParameters);
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
