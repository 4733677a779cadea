using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Knowledge;

internal static class KnowledgeHostBuilderExtensions
{
    /// <summary>
    /// Loads and validates the knowledge before the host starts. A broken file stops start-up with its
    /// file and line rather than a stack trace, so the caller gets the errors back instead of a host.
    /// </summary>
    public static KnowledgeLoadResult AddKnowledge(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new();
        var result = KnowledgeLoading.Load(options.Path);
        if (result.Knowledge is { } knowledge)
        {
            builder.Services.AddSingleton(knowledge);
        }
        return result;
    }
}
