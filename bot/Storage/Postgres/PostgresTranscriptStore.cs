using System.Text.Json;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>Transcript lines as JSON rows, indexed by conversation and by time for the retention purge.</summary>
internal sealed class PostgresTranscriptStore(PostgresDatabase database) : ITranscriptStore
{
    public Task AppendAsync(IReadOnlyList<TranscriptLine> lines, CancellationToken cancellationToken) =>
        database.InTransactionAsync(transaction =>
        {
            foreach (var line in lines)
            {
                transaction.Add("INSERT INTO transcript_line (conversation_key, at, json) VALUES (@key, @at, @json)", parameters =>
                {
                    parameters.AddWithValue("key", line.ConversationKey);
                    parameters.AddWithValue("at", PostgresTime.Utc(line.At));
                    parameters.AddWithValue("json", JsonSerializer.Serialize(line, TranscriptJsonContext.Default.TranscriptLine));
                });
            }
            return Task.FromResult(lines.Count);
        }, cancellationToken);

    public Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationKey, CancellationToken cancellationToken) =>
        database.QueryAsync("SELECT json FROM transcript_line WHERE conversation_key = @key ORDER BY id",
            parameters => parameters.AddWithValue("key", conversationKey),
            reader => JsonSerializer.Deserialize(reader.GetString(0), TranscriptJsonContext.Default.TranscriptLine)!,
            cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM transcript_line WHERE at < @cutoff",
            parameters => parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoff)), cancellationToken);
}
