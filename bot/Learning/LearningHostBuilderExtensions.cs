using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Learning;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Bot.Learning;

internal static class LearningHostBuilderExtensions
{
    /// <summary>
    /// Priors learned from the recorded cases: <see cref="IPriorSource"/> always serves the latest snapshot,
    /// rebuilt in the background. Needs the knowledge and the outcome store (AddKnowledge, AddStorage).
    /// </summary>
    public static IHostApplicationBuilder AddLearning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LearningOptions>()
            .BindConfiguration(LearningOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new LatestLearnedPriors(
            LearnedPriorsRefresher.Initial(services.GetRequiredService<KnowledgeBase>(), OptionsIn(services))));
        builder.Services.AddSingleton<IPriorSource>(services => services.GetRequiredService<LatestLearnedPriors>());
        builder.Services.AddSingleton(services => new LearnedPriorsRefresher(
            services.GetRequiredService<KnowledgeBase>(),
            services.GetRequiredService<IOutcomeStore>(),
            services.GetRequiredService<LatestLearnedPriors>(),
            OptionsIn(services)));
        builder.Services.AddHostedService<LearnedPriorsRefreshService>();
        return builder;
    }

    private static LearningOptions OptionsIn(IServiceProvider services) =>
        services.GetRequiredService<IOptions<LearningOptions>>().Value;
}
