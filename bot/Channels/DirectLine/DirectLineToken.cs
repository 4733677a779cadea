namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, until it expires.</summary>
/// <param name="UserId">The user the token was made for; posted activities then come from this user.</param>
internal sealed record DirectLineToken(string ConversationId, string? UserId, TokenScope Scope, DateTimeOffset Expires);

internal enum TokenScope
{
    /// <summary>Start, read and post to the conversation (the <c>Authorization: Bearer</c> token).</summary>
    Conversation,

    /// <summary>Open the conversation's stream only (the <c>t</c> parameter of a <c>streamUrl</c>).</summary>
    Stream,
}
