using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /webchat/token</c>: the chat page's way to a conversation token without knowing the secret. It is
/// served to browsers on this machine only unless configured otherwise, and only to the page's own origin.
/// </summary>
internal sealed class WebChatTokenEndpoint(ConversationTokens tokens, IOptions<DirectLineOptions> options)
{
    public const string Path = "/webchat/token";

    public IResult Issue(HttpRequest request)
    {
        var access = options.Value.WebChatAccess;
        if (access == WebChatAccess.Off)
            return DirectLineErrors.Error(StatusCodes.Status404NotFound, "NotFound", "The web chat is turned off (DirectLine:WebChatAccess=Off).");
        if (access == WebChatAccess.Loopback && !IsLoopback(request.HttpContext.Connection.RemoteIpAddress))
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden",
                "The web chat serves this machine only; set DirectLine:WebChatAccess=Anyone to serve others.");
        if (!IsSameOrigin(request))
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Tokens are for the bot's own chat page.");
        // A user id in the token: Direct Line then sends the user's activities as this user, whatever the page says.
        var userId = $"dl_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12))}";
        return Results.Json(tokens.Issue(DirectLineConversations.NewId(), userId), DirectLineJson.Default.ConversationResponse);
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    /// <summary>A browser names the page that called in <c>Origin</c>; a request without one is not from another site's page.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        return string.IsNullOrEmpty(origin)
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
