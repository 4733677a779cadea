using Microsoft.AspNetCore.Http.Extensions;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;
using RdpHelpBot.Agent.Hosting;

namespace RdpHelpBot.Agent.Security;

/// <summary>
/// Every exchange is signed both ways: the request must carry a valid signature before any endpoint runs, and
/// every answer — errors included — is buffered and signed with the request's nonce so the bot can tell a
/// changed or replayed answer.
/// </summary>
internal sealed partial class SignedExchangeMiddleware(
    RequestDelegate next, AgentSettings settings, RequestAuthenticator authenticator, TimeProvider time,
    ILogger<SignedExchangeMiddleware> logger)
{
    public const string RequestBodyItem = "RdpAgent.RequestBody";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var pathAndQuery = request.GetEncodedPathAndQuery();
        var headers = SignatureHeaderValues.From(name => request.Headers[name] is { Count: 1 } values ? values[0] : null);
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await HandleAsync(context, headers, pathAndQuery);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogFailure(logger, e, request.Method, request.Path);
            buffer.SetLength(0);
            await ProblemWriter.WriteAsync(context, AgentProblem.Create(StatusCodes.Status500InternalServerError, "internal-error",
                "The agent failed while answering; its log has the details."));
        }
        finally
        {
            context.Response.Body = original;
        }
        await SendSignedAsync(context, headers, pathAndQuery, buffer.ToArray());
    }

    private async Task HandleAsync(HttpContext context, SignatureHeaderValues headers, string pathAndQuery)
    {
        var body = await RequestBody.ReadAsync(context.Request, settings.MaxRequestBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await ProblemWriter.WriteAsync(context, AgentProblem.Create(StatusCodes.Status413PayloadTooLarge, "body-too-large",
                $"The request body is larger than {settings.MaxRequestBodyBytes} bytes."));
            return;
        }
        var problem = authenticator.Check(headers, SignedMessageShape.Request(context.Request.Method, pathAndQuery, body));
        if (problem is not null)
        {
            LogRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", context.Request.Path, problem.Reason);
            await ProblemWriter.WriteAsync(context, problem);
            return;
        }
        context.Items[RequestBodyItem] = body;
        await next(context);
    }

    private async Task SendSignedAsync(HttpContext context, SignatureHeaderValues requestHeaders, string pathAndQuery, byte[] body)
    {
        // An answer to a request without a usable nonce still gets one, so every answer has the same shape.
        var nonce = requestHeaders.Nonce is { } n && SignatureVerifier.IsWellFormedNonce(n) ? n : MessageSigner.NewNonce();
        var message = new SignedMessage(MessageDirection.Response, context.Request.Method, pathAndQuery,
            context.Response.StatusCode, time.GetUtcNow().ToUnixTimeSeconds(), nonce, body);
        foreach (var (name, value) in SignatureHeaderValues.Sign(settings.Key, message).AsHeaders())
            context.Response.Headers[name] = value;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request from {RemoteAddress} to {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string remoteAddress, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering {Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, PathString path);
}
