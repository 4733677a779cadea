using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>Asks a language model to read one message into the knowledge base's terms.</summary>
internal interface IModelReader
{
    /// <summary>The model's reading, not yet grounded; throws <see cref="ModelReadingException"/> when there is none.</summary>
    /// <param name="question">The bot's pending question, sent along when it helps to read an answer; else null.</param>
    Task<ModelReading> ReadAsync(string message, Question? question, CancellationToken cancellationToken);
}

/// <summary>Why a message was read by the rules alone.</summary>
internal enum ModelFailure
{
    TimedOut,
    Throttled,
    ServerError,
    ContentFiltered,
    Malformed,
    Refused,
    Unreachable,
    OverBudget,
}

/// <summary>The model gave no reading; an ordinary outcome the understander answers with the rules' reading.</summary>
internal sealed class ModelReadingException(ModelFailure failure, int status = 0) : Exception($"The model gave no reading: {failure} ({status}).")
{
    public ModelFailure Failure { get; } = failure;

    /// <summary>The HTTP status of the answer, 0 when there was none.</summary>
    public int Status { get; } = status;
}
