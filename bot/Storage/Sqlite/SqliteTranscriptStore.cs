using System.Text.Json;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Transcript lines as JSON rows, indexed by conversation and by time for the retention purge.</summary>
internal sealed class SqliteTranscriptStore(SqliteDatabase database) : ITranscriptStore
{
    public async Task AppendAsync(IReadOnlyList<TranscriptLine> lines, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var line in lines)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO transcript_line (conversation_key, at, json) VALUES ($key, $at, $json)";
            command.Parameters.AddWithValue("$key", line.ConversationKey);
            command.Parameters.AddWithValue("$at", SqliteTime.Format(line.At));
            command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(line, TranscriptJsonContext.Default.TranscriptLine));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM transcript_line WHERE conversation_key = $key ORDER BY id";
        command.Parameters.AddWithValue("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<TranscriptLine>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(JsonSerializer.Deserialize(reader.GetString(0), TranscriptJsonContext.Default.TranscriptLine)!);
        }
        return lines;
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM transcript_line WHERE at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
