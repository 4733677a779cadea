using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>The one place that decides which understander reads the user's words.</summary>
internal static class Understanders
{
    /// <param name="embeddings">Also read by meaning (sentence embeddings); the rules always read first.</param>
    /// <param name="time">The reading budget's clock and today's date (a pasted certificate's expiry is read against it).</param>
    public static IUnderstander Create(KnowledgeBase knowledge, bool embeddings, TimeProvider time)
    {
        var rules = new RuleBasedUnderstander(knowledge, time);
        return embeddings ? new EmbeddingUnderstander(rules, knowledge) : rules;
    }

    /// <summary>The understander the settings (<c>Understanding</c>, <c>AzureOpenAI</c>) ask for.</summary>
    public static IUnderstander Create(IServiceProvider services)
    {
        var knowledge = services.GetRequiredService<KnowledgeBase>();
        var options = services.GetRequiredService<IOptions<UnderstandingOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var local = Create(knowledge, options.Embeddings, time);
        if (options.Provider != UnderstandingProvider.AzureOpenAI)
            return local;
        var azure = services.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value;
        var instructions = new ReadingInstructions(new ModelReadingGrounding(knowledge).UserFacts);
        return new ModelUnderstander(
            local, new AzureOpenAIModelReader(azure, instructions, time), knowledge, options, azure.Timeout, time,
            services.GetRequiredService<ILoggerFactory>().CreateLogger<ModelUnderstander>());
    }
}
