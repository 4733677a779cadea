using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting.Callers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /webchat/token</c>: the chat page's way to a conversation token without knowing the secret. It is
/// served to browsers on this machine only unless configured otherwise, only at the bot's own host names and only
/// to the page's own origin.
/// </summary>
internal sealed partial class WebChatTokenEndpoint(
    ConversationTokens tokens, WebChatHostNames hostNames, IOptions<DirectLineOptions> options, ILogger<WebChatTokenEndpoint> logger)
{
    public const string Path = "/webchat/token";

    public IResult Issue(HttpRequest request)
    {
        var access = options.Value.WebChatAccess;
        if (access == WebChatAccess.Off)
            return DirectLineErrors.Error(StatusCodes.Status404NotFound, "NotFound", "The web chat is turned off (DirectLine:WebChatAccess=Off).");
        if (access == WebChatAccess.Loopback && NotLocal(request) is { } reason)
        {
            LogNotLocal(reason);
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden",
                "The web chat serves this machine only; set DirectLine:WebChatAccess=Anyone to serve others.");
        }
        if (!hostNames.Contains(request.Host.Host))
        {
            LogUnknownHost();
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden",
                "The web chat is not served at this host name; list it in DirectLine:WebChatHostNames.");
        }
        if (!LocalCallers.IsOwnOrigin(request, hostNames.Contains))
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Tokens are for the bot's own chat page.");
        // A user id in the token: Direct Line then sends the user's activities as this user, whatever the page says.
        var userId = $"dl_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12))}";
        return Results.Json(tokens.Issue(DirectLineConversations.NewId(), userId), DirectLineJson.Default.ConversationResponse);
    }

    private static string? NotLocal(HttpRequest request) =>
        LocalCallers.ForwardingHeader(request) is { } header
            ? $"the request carries {header}: it came through a proxy that ReverseProxy:KnownProxies does not name, so it is not a local caller"
            : LocalCallers.IsLoopback(request.HttpContext.Connection.RemoteIpAddress)
                ? null
                : "the caller is not on this machine";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a web chat token with DirectLine:WebChatAccess=Loopback: {Reason}")]
    private partial void LogNotLocal(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a web chat token: the request's Host is not a loopback name or one of DirectLine:WebChatHostNames")]
    private partial void LogUnknownHost();
}
