namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>What a request authenticated with: the secret, a token, or nothing usable.</summary>
/// <param name="Presented">The token as the client sent it, for a token.</param>
internal sealed record DirectLineCredential(CredentialKind Kind, DirectLineToken? Token = null, string? Presented = null)
{
    public static readonly DirectLineCredential Missing = new(CredentialKind.Missing);
    public static readonly DirectLineCredential Invalid = new(CredentialKind.Invalid);
    public static readonly DirectLineCredential Secret = new(CredentialKind.Secret);

    public bool IsConversationToken => Kind == CredentialKind.Token && Token!.Scope == TokenScope.Conversation;

    /// <summary>Null when the credential may use <paramref name="conversationId"/>; otherwise the error to answer.</summary>
    public IResult? RefuseUnlessFor(string conversationId) => Kind switch
    {
        CredentialKind.Secret => null,
        CredentialKind.Token when IsConversationToken && Token!.ConversationId == conversationId => null,
        _ => RefuseUnlessValid() ?? DirectLineErrors.Forbidden(),
    };

    /// <summary>The error for a missing, unreadable or expired credential; null for the secret or a valid token.</summary>
    public IResult? RefuseUnlessValid() => Kind switch
    {
        CredentialKind.Missing => DirectLineErrors.Missing(),
        CredentialKind.Invalid => DirectLineErrors.Forbidden(),
        CredentialKind.Expired => DirectLineErrors.Expired(),
        _ => null,
    };
}

internal enum CredentialKind
{
    Missing,
    Invalid,
    Expired,
    Secret,
    Token,
}
