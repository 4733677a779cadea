using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Benchmarks;

/// <summary>
/// One whole troubleshooting conversation: a report, four symptom questions answered by button, a fix that
/// fails, a second fix that works.
/// </summary>
internal static class ConversationScript
{
    private static readonly (string? Text, string? Choice)[] Messages =
    [
        ("I get 0x904", null),
        (null, "nobody-can"),
        (null, "cert-renewed"),
        (null, "yes"),
        (null, "before-prompt"),
        (null, "did-not-work"),
        (null, "worked"),
    ];

    public static int Turns => Messages.Length;

    public static async Task<int> RunAsync(TurnPipeline pipeline, string conversationId, CancellationToken cancellationToken)
    {
        var replies = 0;
        foreach (var (text, choice) in Messages)
        {
            var response = await pipeline.ProcessAsync(
                new TurnRequest("bench", conversationId, "bench-user", text, choice), cancellationToken);
            replies += response.Replies.Count;
        }
        return replies;
    }
}
