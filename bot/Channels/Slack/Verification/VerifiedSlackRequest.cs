using System.Buffers;
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
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
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

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        var buffer = new ArrayBufferWriter<byte>();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.WrittenCount + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk.AsSpan(0, read));
        }
        return buffer.WrittenSpan.ToArray();
    }
}
