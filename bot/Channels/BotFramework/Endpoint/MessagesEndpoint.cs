using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using RdpHelpBot.Bot.Channels.BotFramework.Authentication;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// <c>POST /api/messages</c>: read the activity (400 with the reason when it is malformed), authenticate the
/// channel (401, or 503 when the signing keys cannot be fetched; no turn runs either way), then act on it.
/// </summary>
internal sealed partial class MessagesEndpoint(ChannelAuthenticator authenticator, ActivityHandler handler, ILogger<MessagesEndpoint> logger)
{
    public const string Route = "/api/messages";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request.BodyReader, cancellationToken);
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
        return Json(await handler.HandleAsync(activity, cancellationToken));
    }

    /// <returns>The body, or null when it is over the size limit.</returns>
    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > ActivityReader.MaxBodyBytes)
            {
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                return null;
            }
            if (result.IsCompleted)
            {
                var body = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return body;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static IResult Json(ActivityResult result) => result.Body is { } body
        ? Results.Json(body, BotFrameworkJsonContext.Default.JsonElement, statusCode: (int)result.Status)
        : Results.StatusCode((int)result.Status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {ChannelId} activity: {Reason}")]
    private partial void LogRejected(string? channelId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused an activity with 503: {Reason}")]
    private partial void LogUnavailable(string reason);
}
