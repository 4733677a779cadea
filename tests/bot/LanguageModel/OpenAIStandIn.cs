using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

/// <summary>
/// A local stand-in for an Azure OpenAI resource on 127.0.0.1 (random port): answers chat completions of any
/// deployment as scripted, in the service's wire format, and records each request.
/// </summary>
internal sealed class OpenAIStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();

    private OpenAIStandIn(WebApplication app, Func<HttpContext, Task> answer)
    {
        this.app = app;
        Answer = answer;
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The answer to every request the script has no step left for.</summary>
    public Func<HttpContext, Task> Answer { get; set; }

    public ConcurrentQueue<StandInRequest> Requests { get; } = new();

    public static async Task<OpenAIStandIn> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new OpenAIStandIn(app, answer);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", standIn.AnswerAsync);
        await app.StartAsync();
        standIn.Endpoint = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return standIn;
    }

    /// <summary>Answers the next request with <paramref name="answer"/>, before <see cref="Answer"/> takes over again.</summary>
    public void Then(Func<HttpContext, Task> answer) => script.Enqueue(answer);

    /// <summary>A completion whose message is <paramref name="content"/>, as the service sends it; the usage is what a reading costs (see PromptSizeTests).</summary>
    public static Func<HttpContext, Task> Completion(string content, string finishReason = "stop") => context =>
        Json(context, 200, new JsonObject
        {
            ["id"] = "chatcmpl-standin",
            ["object"] = "chat.completion",
            ["created"] = 1_764_720_000,
            ["model"] = "gpt-4o-mini",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["finish_reason"] = finishReason,
                ["logprobs"] = null,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 4300, ["completion_tokens"] = 50, ["total_tokens"] = 4350 },
        });

    /// <summary>An error answer in the service's shape, with headers such as <c>Retry-After</c>.</summary>
    public static Func<HttpContext, Task> Error(int status, string code, params (string Name, string Value)[] headers) => context =>
    {
        foreach (var (name, value) in headers)
            context.Response.Headers[name] = value;
        return Json(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = $"Stand-in error {code}." } });
    };

    /// <summary>Never answers, as a service that hangs.</summary>
    public static Func<HttpContext, Task> Hang() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    };

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context, string deployment)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted))!;
        Requests.Enqueue(new StandInRequest(deployment, context.Request.Headers["api-key"].ToString(), body, DateTimeOffset.UtcNow));
        await (script.TryDequeue(out var next) ? next : Answer)(context);
    }

    private static async Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}

internal sealed record StandInRequest(string Deployment, string ApiKey, JsonNode Body, DateTimeOffset Received);
