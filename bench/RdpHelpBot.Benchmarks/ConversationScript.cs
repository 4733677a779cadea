using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Benchmarks;

/// <summary>A whole conversation, one message after another, each in a new conversation id.</summary>
internal sealed class ConversationScript(string name, IReadOnlyList<(string? Text, string? Choice)> messages)
{
    /// <summary>A report, four symptom questions answered by button, a fix that fails, a second fix that works.</summary>
    public static ConversationScript Buttons { get; } = new("buttons",
    [
        ("I get 0x904", null),
        (null, "nobody-can"),
        (null, "cert-renewed"),
        (null, "yes"),
        (null, "before-prompt"),
        (null, "did-not-work"),
        (null, "worked"),
    ]);

    /// <summary>The Bot Framework SDK peer's load script (bench/run-peer.sh): three typed messages.</summary>
    public static ConversationScript Typed { get; } = new("typed", [("I get 0x904", null), ("Azure VM", null), ("yes", null)]);

    public string Name => name;

    public int Turns => messages.Count;

    public async Task<int> RunAsync(TurnPipeline pipeline, string conversationId, CancellationToken cancellationToken)
    {
        var replies = 0;
        foreach (var (text, choice) in messages)
        {
            var response = await pipeline.ProcessAsync(
                new TurnRequest("bench", conversationId, "bench-user", text, choice), cancellationToken);
            replies += response.Replies.Count;
        }
        return replies;
    }
}
