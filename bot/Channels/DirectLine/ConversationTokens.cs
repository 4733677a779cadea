using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Issues conversation tokens with the configured lifetime, as Direct Line's token responses.</summary>
internal sealed class ConversationTokens(DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public ConversationResponse Issue(string conversationId, string? userId, string? streamUrl = null) => new(
        conversationId,
        tokens.Issue(conversationId, userId, options.Value.TokenLifetime),
        (int)options.Value.TokenLifetime.TotalSeconds,
        streamUrl);

    /// <summary>The response for a token the client already holds.</summary>
    public ConversationResponse Presented(DirectLineCredential credential, string? streamUrl) => new(
        credential.Token!.ConversationId,
        credential.Presented!,
        (int)Math.Max(0, (credential.Token.Expires - time.GetUtcNow()).TotalSeconds),
        streamUrl);
}
