namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Reads what a user typed: error codes, facts that are evidence, intents and a host name. The built-in
/// implementation is rule-based and embedded; a language-model understander can replace or complement it.
/// </summary>
public interface IUnderstander
{
    Understanding Understand(string text);

    /// <summary>
    /// Reads one message of a conversation. An understander that asks a service does it here, and answers with
    /// <see cref="Understand"/>'s reading when the service cannot help; the embedded ones read as <see cref="Understand"/> does.
    /// </summary>
    ValueTask<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Understand(request.Text));
}

/// <summary>One message to read, with the conversation it belongs to.</summary>
/// <param name="PendingQuestion">The id of the knowledge base's question the message may answer, or null.</param>
/// <param name="CompareWithReports">
/// False when the case already keeps how its description reads (<see cref="Understanding.Resemblance"/>): a later
/// message would be compared with the known reports for nothing.
/// </param>
public sealed record UnderstandingRequest(string Text, string ConversationId, string? PendingQuestion = null, bool CompareWithReports = true);
