using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>
/// The rules read every message; a language model reads it too, into the knowledge base's terms only, and what it
/// read is grounded in the knowledge base and added to the rules' reading. The model writes nothing the user sees and
/// no command: those stay in the reviewed knowledge. Whenever the model cannot help (time-out, throttling, errors,
/// content filter, an answer not of the schema, a spent budget) the rules' reading stands alone.
/// </summary>
internal sealed class ModelUnderstander : IUnderstander, IDisposable
{
    private static readonly Meter Meter = new("RdpHelpBot.Understanding");
    private static readonly Counter<long> Readings = Meter.CreateCounter<long>("rdphelpbot.understanding.model.readings", description: "Messages the model was asked about, by outcome");
    private static readonly Counter<long> DroppedIds = Meter.CreateCounter<long>("rdphelpbot.understanding.model.dropped", description: "Ids and values of the model's readings the knowledge base does not have");

    private readonly IUnderstander rules;
    private readonly IModelReader model;
    private readonly KnowledgeBase knowledge;
    private readonly ModelReadingGrounding grounding;
    private readonly ModelCallBudget budget;
    private readonly MemoryCache? cache;
    private readonly UnderstandingOptions options;
    private readonly TimeSpan timeout;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    /// <param name="rules">The embedded reading the model's is added to, and the reading when the model cannot help.</param>
    public ModelUnderstander(
        IUnderstander rules, IModelReader model, KnowledgeBase knowledge, UnderstandingOptions options, TimeSpan timeout, TimeProvider time, ILogger logger)
    {
        this.rules = rules;
        this.model = model;
        this.knowledge = knowledge;
        this.options = options;
        this.timeout = timeout;
        this.time = time;
        this.logger = logger;
        grounding = new ModelReadingGrounding(knowledge);
        budget = new ModelCallBudget(time, options.MaxModelCallsPerConversation, options.MaxModelCallsPerDay);
        cache = options.ModelCacheSize > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.ModelCacheSize }) : null;
    }

    /// <summary>The rules' reading: a caller that cannot wait for the model gets what is read on this machine.</summary>
    public Understanding Understand(string text) => rules.Understand(text);

    public async ValueTask<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = rules.Understand(request.Text);
        if (string.IsNullOrWhiteSpace(request.Text))
            return read;
        var question = options.SendToModel == ModelInput.MessageAndQuestion && request.PendingQuestion is { } id
            && knowledge.Questions.TryGetValue(id, out var pending) ? pending : null;
        var key = CacheKey(request.Text, question);
        if (cache?.Get<ModelReading>(key) is not { } reading)
        {
            reading = await ReadAsync(request, question, cancellationToken);
            if (reading is null)
                return read;
            cache?.Set(key, reading, new MemoryCacheEntryOptions { Size = 1 });
        }
        else
        {
            Readings.Add(1, new KeyValuePair<string, object?>("outcome", "cached"));
        }
        var grounded = grounding.Ground(reading, request.Text, read);
        if (grounded.Dropped > 0)
        {
            DroppedIds.Add(grounded.Dropped);
            ModelUnderstandingLog.Dropped(logger, grounded.Dropped);
        }
        return grounded.Understanding;
    }

    public void Dispose() => cache?.Dispose();

    private async Task<ModelReading?> ReadAsync(UnderstandingRequest request, Question? question, CancellationToken cancellationToken)
    {
        if (!budget.TryTake(request.ConversationId))
            return NotRead(ModelFailure.OverBudget, 0);
        using var limit = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var reading = await model.ReadAsync(ReadingLimits.ReadablePart(request.Text), question, linked.Token);
            Readings.Add(1, new KeyValuePair<string, object?>("outcome", "read"));
            return reading;
        }
        catch (ModelReadingException e)
        {
            return NotRead(e.Failure, e.Status);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotRead(ModelFailure.TimedOut, 0);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return NotRead(ModelFailure.Unreachable, 0);
        }
    }

    private ModelReading? NotRead(ModelFailure failure, int status)
    {
        Readings.Add(1, new KeyValuePair<string, object?>("outcome", failure.ToString()));
        ModelUnderstandingLog.NotRead(logger, failure, status);
        return null;
    }

    /// <summary>The message lower-cased with its runs of white space made one, and the question it answers.</summary>
    private static string CacheKey(string text, Question? question) =>
        $"{question?.Id}\n{string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}";
}
