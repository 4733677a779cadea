using Microsoft.Extensions.Logging.Abstractions;
using RdpHelpBot.Bot.Channels;

namespace RdpHelpBot.Bot.Tests.Channels;

/// <summary>Work run after its request was answered: in order within a conversation, side by side across conversations, bounded.</summary>
public sealed class ConversationQueueTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConversationQueue CreateSut() => new(NullLogger<ConversationQueue>.Instance);

    [Fact]
    public async Task A_slow_turn_holds_its_own_conversation_only()
    {
        var queue = CreateSut();
        var slowGate = new TaskCompletionSource();
        var order = new List<string>();
        var otherDone = new TaskCompletionSource();
        var secondDone = new TaskCompletionSource();

        Assert.True(queue.TryEnqueue("a", async _ => { await slowGate.Task; lock (order) order.Add("a1"); }));
        Assert.True(queue.TryEnqueue("a", _ => { lock (order) order.Add("a2"); secondDone.SetResult(); return Task.CompletedTask; }));
        Assert.True(queue.TryEnqueue("b", _ => { lock (order) order.Add("b1"); otherDone.SetResult(); return Task.CompletedTask; }));

        await otherDone.Task.WaitAsync(Wait, Ct);
        Assert.False(secondDone.Task.IsCompleted);
        slowGate.SetResult();
        await secondDone.Task.WaitAsync(Wait, Ct);
        Assert.Equal(["b1", "a1", "a2"], order);
    }

    [Fact]
    public async Task A_failing_item_does_not_stop_the_conversations_later_items()
    {
        var queue = CreateSut();
        var done = new TaskCompletionSource();

        queue.TryEnqueue("a", _ => throw new InvalidOperationException("a dialog failed"));
        queue.TryEnqueue("a", _ => { done.SetResult(); return Task.CompletedTask; });

        await done.Task.WaitAsync(Wait, Ct);
    }

    [Fact]
    public async Task A_conversation_sending_faster_than_its_turns_run_is_refused_beyond_its_bound()
    {
        var queue = CreateSut();
        var gate = new TaskCompletionSource();
        var accepted = Enumerable.Range(0, ConversationQueue.MaxPerConversation + 5)
            .Count(_ => queue.TryEnqueue("flood", _ => gate.Task));

        Assert.Equal(ConversationQueue.MaxPerConversation, accepted);
        Assert.True(queue.TryEnqueue("someone-else", _ => Task.CompletedTask));
        gate.SetResult();
        await WaitUntilIdleAsync(queue);
        Assert.True(queue.TryEnqueue("flood", _ => Task.CompletedTask));
    }

    [Fact]
    public async Task Stopping_lets_the_running_item_finish_and_takes_no_new_work()
    {
        var queue = CreateSut();
        var started = new TaskCompletionSource();
        var gate = new TaskCompletionSource();
        var finished = false;
        var laterRan = false;
        queue.TryEnqueue("a", async token => { started.SetResult(); await gate.Task; finished = !token.IsCancellationRequested; });
        queue.TryEnqueue("a", _ => { laterRan = true; return Task.CompletedTask; });
        await started.Task.WaitAsync(Wait, Ct);

        var stopping = queue.StopAsync(Ct);
        Assert.False(queue.TryEnqueue("b", _ => Task.CompletedTask));
        gate.SetResult();
        await stopping.WaitAsync(Wait, Ct);

        Assert.True(finished);
        Assert.False(laterRan);
        Assert.Equal(0, queue.BusyConversations);
    }

    [Fact]
    public async Task Stopping_cancels_running_work_when_the_shutdown_timeout_passes()
    {
        var queue = CreateSut();
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        queue.TryEnqueue("a", async token =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                cancelled.SetResult();
            }
        });
        await started.Task.WaitAsync(Wait, Ct);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await queue.StopAsync(timeout.Token);

        await cancelled.Task.WaitAsync(Wait, Ct);
    }

    private static async Task WaitUntilIdleAsync(ConversationQueue queue)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (queue.BusyConversations > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(10, Ct);
        Assert.Equal(0, queue.BusyConversations);
    }
}
