namespace RdpHelpBot.Dialogs.Turns.Transcripts;

/// <summary>Transcripts in process memory: for tests and throw-away runs.</summary>
public sealed class InMemoryTranscriptStore : ITranscriptStore
{
    private readonly List<TranscriptLine> _lines = [];

    public Task AppendAsync(IReadOnlyList<TranscriptLine> lines, CancellationToken cancellationToken)
    {
        lock (_lines)
            _lines.AddRange(lines);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        lock (_lines)
            return Task.FromResult<IReadOnlyList<TranscriptLine>>(
                _lines.Where(line => line.ConversationKey == conversationKey).ToList());
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lines)
            return Task.FromResult(_lines.RemoveAll(line => line.At < cutoff));
    }
}
