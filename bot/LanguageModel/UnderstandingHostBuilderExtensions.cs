using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

internal static class UnderstandingHostBuilderExtensions
{
    /// <summary>
    /// The configured understander (<c>Understanding:Provider</c>, <c>Understanding:Embeddings</c>) with its settings
    /// validated at start. Needs the knowledge registered.
    /// </summary>
    public static IHostApplicationBuilder AddUnderstanding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UnderstandingOptions>().BindConfiguration(UnderstandingOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureOpenAIOptions>, AzureOpenAIOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(Understanders.Create);
        return builder;
    }
}
