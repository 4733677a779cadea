using Microsoft.AspNetCore.Http;

namespace RdpHelpBot.Bot.Channels.Slack.Verification;

/// <summary>
/// In front of every signed Slack route: reads the raw body (413 past the limit) and verifies its signature (401)
/// before anything parses it; the endpoint then reads the verified body with <see cref="Body"/>.
/// </summary>
internal sealed class SlackSignatureFilter(SlackRequestVerifier verifier, SlackLog log) : IEndpointFilter
{
    /// <summary>Slack's payloads are a few kilobytes; anything far larger is not from Slack.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var body = await LimitedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var headers = http.Request.Headers;
        var check = verifier.Check(headers[SlackRequestVerifier.TimestampHeader], headers[SlackRequestVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            log.RequestRefused(http.Request.Path, check);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
        http.Features.Set(new VerifiedBody(body));
        return await next(context);
    }

    /// <summary>The body this filter verified.</summary>
    public static byte[] Body(HttpContext context) =>
        context.Features.Get<VerifiedBody>()?.Bytes ?? throw new InvalidOperationException("The route is not behind the Slack signature filter.");

    private sealed record VerifiedBody(byte[] Bytes);
}
