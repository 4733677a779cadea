using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RdpHelpBot.Bot.Hosting.Callers;
using RdpHelpBot.Bot.Channels.BotFramework.Authentication;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// <c>POST /api/messages</c>: refuse what a web page could send (403 for another site's origin, 415 for anything but
/// JSON) and, in local mode, a request through a proxy (403); read the activity (400 with the reason when it is
/// malformed), authenticate the channel (401, or 503 when the signing keys cannot be fetched; no turn runs either
/// way), then act on it.
/// </summary>
internal sealed partial class MessagesEndpoint(
    ChannelAuthenticator authenticator, ActivityHandler handler, IOptions<BotFrameworkOptions> options, ILogger<MessagesEndpoint> logger)
{
    public const string Route = "/api/messages";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (Refusal(context.Request) is { } refusal)
            return Json(refusal);
        var body = await LimitedBody.ReadAsync(context.Request, ActivityReader.MaxBodyBytes, cancellationToken);
        if (body is null)
            return Json(ActivityResult.Error(HttpStatusCode.RequestEntityTooLarge, "RequestTooLarge",
                $"The activity is larger than {ActivityReader.MaxBodyBytes} bytes."));
        var read = ActivityReader.Read(body);
        if (read.Activity is not { } activity)
            return Json(ActivityResult.Error(HttpStatusCode.BadRequest, "BadRequest", read.Error!));

        var outcome = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity, context.Connection.RemoteIpAddress, cancellationToken);
        switch (outcome.Verdict)
        {
            case AuthenticationVerdict.Rejected:
                LogRejected(activity.ChannelId, outcome.Reason);
                return Json(ActivityResult.Error(HttpStatusCode.Unauthorized, "Unauthorized", "The request is not from an authorised channel."));
            case AuthenticationVerdict.MetadataUnavailable:
                LogUnavailable(outcome.Reason);
                return Json(ActivityResult.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable",
                    "The channel's signing keys cannot be fetched now; try again later."));
        }
        var result = await handler.HandleAsync(activity, outcome.SignedByChannel, cancellationToken);
        if (result.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Json(result);
    }

    private ActivityResult? Refusal(HttpRequest request)
    {
        var localMode = options.Value.IsLocalMode;
        // Local mode is this machine's only: its own origin is at a loopback name, so a page that rebinds its own
        // name to this machine is another site still.
        if (!LocalCallers.IsOwnOrigin(request, localMode ? LocalCallers.IsLoopbackName : _ => true))
        {
            LogCrossSite();
            return ActivityResult.Error(HttpStatusCode.Forbidden, "Forbidden", "The request comes from another site's page.");
        }
        if (!IsJson(request.ContentType))
            return ActivityResult.Error(HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", "The activity must be sent as application/json.");
        if (localMode && LocalCallers.ForwardingHeader(request) is { } header)
        {
            LogProxied(header);
            return ActivityResult.Error(HttpStatusCode.Forbidden, "Forbidden", "Local mode answers programs on this machine only, not requests through a proxy.");
        }
        return null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Json(ActivityResult result) => result.Body is { } body
        ? Results.Json(body, BotFrameworkJsonContext.Default.JsonElement, statusCode: (int)result.Status)
        : Results.StatusCode((int)result.Status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity: its Origin is another site's page")]
    private partial void LogCrossSite();

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused an activity in local mode: the request carries {Header}, so it came through a proxy (one ReverseProxy:KnownProxies does not name) and is not a local caller")]
    private partial void LogProxied(string header);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {ChannelId} activity: {Reason}")]
    private partial void LogRejected(string? channelId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused an activity with 503: {Reason}")]
    private partial void LogUnavailable(string reason);
}
