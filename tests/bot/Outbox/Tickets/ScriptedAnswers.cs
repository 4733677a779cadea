using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>How a fake helpdesk answers its next requests of one kind once it has applied them: a status, or silence for a while.</summary>
internal sealed class ScriptedAnswers
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();

    public void Status(int status) => _answers.Enqueue(context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public void Wait(TimeSpan delay) => _answers.Enqueue(context => Task.Delay(delay, context.RequestAborted));

    /// <summary>Answers with the next scripted answer; false when none is left.</summary>
    public async Task<bool> TryAnswerAsync(HttpContext context)
    {
        if (!_answers.TryDequeue(out var answer))
            return false;
        await answer(context);
        return true;
    }
}
