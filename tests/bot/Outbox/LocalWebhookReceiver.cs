using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace RdpHelpBot.Bot.Tests.Outbox;

/// <summary>
/// A local webhook receiver: checks each request's signature with the Standard Webhooks library's verifier, records
/// it, and answers with the next scripted answer (200 when none is left).
/// </summary>
internal sealed class LocalWebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();
    private readonly TaskCompletionSource<(DateTime, int)> _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LocalServer _server = null!;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Every request as it arrived, before it was answered (<see cref="ReceivedWebhook.Status"/> 0): one held when its sender died too.</summary>
    public ConcurrentQueue<ReceivedWebhook> Arrived { get; } = new();

    /// <summary>Answers every request with this status when no scripted answer is left; 200 by default.</summary>
    public int DefaultStatus { get; set; } = StatusCodes.Status200OK;

    public Uri Url => new(_server.Address, "hooks/rdp");

    public static async Task<LocalWebhookReceiver> StartAsync()
    {
        var receiver = new LocalWebhookReceiver();
        receiver._server = await LocalServer.StartAsync(receiver.HandleAsync);
        return receiver;
    }

    public void Answer(int status, string? retryAfter = null) => _answers.Enqueue(context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
            context.Response.Headers.RetryAfter = retryAfter;
        return Task.CompletedTask;
    });

    public void AnswerAfter(TimeSpan delay) => _answers.Enqueue(context => Task.Delay(delay, context.RequestAborted));

    /// <summary>
    /// The next request is left unanswered until its sender goes away (recorded with status 499, nothing answered);
    /// <see cref="Holding"/> completes with when it arrived and the sender's port.
    /// </summary>
    public void HoldNext() => _answers.Enqueue(async context =>
    {
        _holding.TrySetResult((DateTime.UtcNow, context.Connection.RemotePort));
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            context.Response.StatusCode = 499;
        }
    });

    /// <summary>When the request <see cref="HoldNext"/> holds arrived, and the port it came from.</summary>
    public Task<(DateTime Arrived, int SenderPort)> Holding => _holding.Task;

    /// <summary>The requests whose signature verified and that were answered 2xx.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. Received.Where(request => request.Verified && request.Status is >= 200 and < 300)];

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        bool verified;
        try
        {
            new StandardWebhook(Secret).Verify(body, context.Request.Headers);
            verified = true;
        }
        catch (WebhookVerificationException)
        {
            verified = false;
        }
        Arrived.Enqueue(new ReceivedWebhook(context.Request.Headers["webhook-id"].ToString(), body, verified, 0));
        if (_answers.TryDequeue(out var answer))
            await answer(context);
        else
            context.Response.StatusCode = DefaultStatus;
        Received.Enqueue(new ReceivedWebhook(context.Request.Headers["webhook-id"].ToString(), body, verified, context.Response.StatusCode));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

internal sealed record ReceivedWebhook(string Id, string Body, bool Verified, int Status)
{
    /// <summary>When it was answered.</summary>
    public DateTime Answered { get; init; } = DateTime.UtcNow;
}
