using Microsoft.AspNetCore.Http;

namespace RdpHelpBot.Bot.Channels.Slack.Verification;

/// <summary>Reads a request's raw body and verifies it before anything parses it.</summary>
internal static class VerifiedSlackRequest
{
    /// <summary>Slack's payloads are a few kilobytes; anything far larger is not from Slack.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The raw body when the request is signed by Slack; otherwise null, with the refusal written.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context, SlackRequestVerifier verifier, SlackLog log)
    {
        var body = await LimitedBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        var headers = context.Request.Headers;
        var check = verifier.Check(headers[SlackRequestVerifier.TimestampHeader], headers[SlackRequestVerifier.SignatureHeader], body);
        if (check == SignatureCheck.Valid)
            return body;
        log.RequestRefused(context.Request.Path, check);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return null;
    }
}
