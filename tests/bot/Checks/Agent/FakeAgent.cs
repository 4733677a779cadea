using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

/// <summary>
/// A stand-in for the host agent on 127.0.0.1: checks the bot's request signature with the contract's verifier
/// and answers with a report — honestly, or wrong in the way a test asks for.
/// </summary>
internal sealed class FakeAgent : IAsyncDisposable
{
    public const string KeyId = "rdp01";
    public static readonly string Secret = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly string OtherSecret = Convert.ToBase64String(Enumerable.Range(50, 32).Select(i => (byte)i).ToArray());

    private readonly WebApplication app;

    private FakeAgent(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public AgentReport Report { get; set; } = AgentReports.Healthy;

    public FakeAgentBehaviour Behaviour { get; set; } = FakeAgentBehaviour.Honest;

    public TimeSpan Delay { get; set; }

    public List<ReportRequest> Requests { get; } = [];

    public static AgentKey Key(string secret = "") =>
        AgentKey.TryCreate(KeyId, secret.Length == 0 ? Secret : secret, out var problem) ?? throw new InvalidOperationException(problem);

    public static async Task<FakeAgent> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeAgent(builder.Build());
        fake.app.MapPost(AgentRoutes.Report, fake.AnswerAsync);
        await fake.app.StartAsync();
        fake.BaseUrl = new Uri(fake.app.Urls.First().TrimEnd('/') + "/");
        return fake;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        await Task.Delay(Delay, context.RequestAborted);
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        var requestBody = copy.ToArray();
        var headers = SignatureHeaderValues.From(name => context.Request.Headers[name].FirstOrDefault());
        var pathAndQuery = context.Request.GetEncodedPathAndQuery();
        var failure = SignatureVerifier.Verify(headers, Key(), SignedMessageShape.Request("POST", pathAndQuery, requestBody),
            DateTimeOffset.UtcNow, SignatureVerifier.DefaultMaxClockSkew);
        if (failure != SignatureFailure.None)
        {
            await SendAsync(context, 401, JsonSerializer.SerializeToUtf8Bytes(
                AgentProblem.Create(401, failure.Code(), "Refused"), AgentJsonContext.Default.AgentProblem), headers.Nonce!, Key(), signed: true);
            return;
        }
        Requests.Add(JsonSerializer.Deserialize(requestBody, AgentJsonContext.Default.ReportRequest)!);
        var body = JsonSerializer.SerializeToUtf8Bytes(Report, AgentJsonContext.Default.AgentReport);
        var (nonce, key, signed, at) = Behaviour switch
        {
            FakeAgentBehaviour.SignWithOtherKey => (headers.Nonce!, Key(OtherSecret), true, DateTimeOffset.UtcNow),
            FakeAgentBehaviour.Unsigned => (headers.Nonce!, Key(), false, DateTimeOffset.UtcNow),
            FakeAgentBehaviour.StaleTimestamp => (headers.Nonce!, Key(), true, DateTimeOffset.UtcNow.AddMinutes(-10)),
            FakeAgentBehaviour.ReplayOldAnswer => ("an-earlier-requests-nonce", Key(), true, DateTimeOffset.UtcNow),
            _ => (headers.Nonce!, Key(), true, DateTimeOffset.UtcNow),
        };
        var signedBody = body;
        if (Behaviour == FakeAgentBehaviour.TamperBody)
            body = JsonSerializer.SerializeToUtf8Bytes(Report with { MachineName = "EVIL" }, AgentJsonContext.Default.AgentReport);
        await SendAsync(context, 200, body, nonce, key, signed, at, signedBody);
    }

    private static async Task SendAsync(
        HttpContext context, int status, byte[] body, string nonce, AgentKey key, bool signed, DateTimeOffset? at = null, byte[]? signedBody = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = status == 200 ? "application/json" : AgentProblem.MediaType;
        if (signed)
        {
            var message = new SignedMessage(MessageDirection.Response, "POST", context.Request.GetEncodedPathAndQuery(), status,
                (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), nonce, signedBody ?? body);
            foreach (var (name, value) in SignatureHeaderValues.Sign(key, message).AsHeaders())
                context.Response.Headers[name] = value;
        }
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal enum FakeAgentBehaviour
{
    Honest,
    TamperBody,
    SignWithOtherKey,
    Unsigned,
    StaleTimestamp,
    ReplayOldAnswer,
}
