namespace RdpHelpBot.Dialogs.Turns.Transcripts;

/// <summary>Keeps conversation transcripts for the helpdesk, for a limited time.</summary>
public interface ITranscriptStore
{
    Task AppendAsync(IReadOnlyList<TranscriptLine> lines, CancellationToken cancellationToken);

    /// <summary>A conversation's lines in the order they were appended.</summary>
    Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Deletes every line recorded before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
