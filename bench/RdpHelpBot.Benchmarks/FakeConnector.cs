using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RdpHelpBot.Benchmarks;

/// <summary>
/// A Bot Connector that accepts every reply with 200 and a resource id, as the SDK peer's connector.js, and tells
/// a waiting user when the first reply to its message has arrived.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _awaited = new(StringComparer.Ordinal);
    private int _replies;

    private FakeConnector(WebApplication app) => _app = app;

    public int Replies => Volatile.Read(ref _replies);

    public string Url => _app.Urls.First();

    /// <summary>Completes when the first reply to <paramref name="activityId"/> arrives; call before sending it.</summary>
    public Task FirstReplyTo(string activityId) =>
        _awaited.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversation}/activities/{activity}", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref connector._replies);
            if (context.Request.RouteValues["activity"] is string repliedTo && connector._awaited.TryRemove(repliedTo, out var waiting))
                waiting.TrySetResult();
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"r1\"}");
        });
        await app.StartAsync();
        return connector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
