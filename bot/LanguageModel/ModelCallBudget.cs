namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>
/// How many calls the model may still take: per conversation and per day (UTC). Both counts start again each day,
/// so what is kept stays within a day's calls.
/// </summary>
internal sealed class ModelCallBudget(TimeProvider time, int perConversation, int perDay)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> conversations = new(StringComparer.Ordinal);
    private DateOnly day;
    private int today;

    /// <summary>Counts a call for <paramref name="conversationId"/>; false, counting nothing, when either budget is spent.</summary>
    public bool TryTake(string conversationId)
    {
        lock (gate)
        {
            var now = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (now != day)
            {
                day = now;
                today = 0;
                conversations.Clear();
            }
            var calls = conversations.GetValueOrDefault(conversationId);
            if (today >= perDay || calls >= perConversation)
                return false;
            today++;
            conversations[conversationId] = calls + 1;
            return true;
        }
    }
}
