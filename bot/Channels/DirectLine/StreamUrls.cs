namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Makes a conversation's <c>streamUrl</c>: a <c>ws://</c> or <c>wss://</c> address on this host, authorised by
/// a short-lived stream token in <c>t</c> and resuming after the client's watermark.
/// </summary>
internal sealed class StreamUrls(DirectLineTokens tokens)
{
    public string For(HttpRequest request, string conversationId, string? userId, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var token = tokens.Issue(conversationId, userId, DirectLineTokens.StreamUrlLifetime, TokenScope.Stream);
        var query = QueryString.Create("watermark", DirectLineConversation.Watermark(watermark)) + QueryString.Create("t", token);
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Conversation(conversationId)}/stream{query}";
    }
}
