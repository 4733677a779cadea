using Microsoft.Extensions.DependencyInjection.Extensions;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Dialogs.Watch;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Conversations;

internal static class ConversationHostBuilderExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TConversation"/> for every channel: the turn pipeline, transcripts and the
    /// idle sweep.
    /// </summary>
    public static IHostApplicationBuilder AddConversations<TConversation>(this IHostApplicationBuilder builder)
        where TConversation : class, IConversationDialogs
    {
        builder.AddConversations();
        builder.Services.AddSingleton<IConversationDialogs, TConversation>();
        builder.Services.AddSingleton(services =>
            ActivatorUtilities.CreateInstance<TurnPipeline>(services, (IProactiveMessenger)new DeferredProactiveMessenger(services)));
        builder.Services.TryAddSingleton<ConversationAddresses>();
        builder.Services.AddSingleton<IdleConversationSweeper>();
        builder.Services.AddHostedService<IdleConversationSweepService>();
        return builder;
    }

    /// <summary>The troubleshooting conversation, built from the knowledge, the stores and the learned priors.</summary>
    public static IHostApplicationBuilder AddTroubleshootingConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new ConversationServices(
            services.GetRequiredService<KnowledgeBase>(),
            services.GetRequiredService<IUnderstander>(),
            services.GetRequiredService<IOutcomeStore>())
        {
            Helpdesk = services.GetService<HelpdeskServices>(),
            Priors = services.GetService<IPriorSource>(),
            HostChecks = services.GetService<IHostChecks>(),
            Watch = services.GetService<ICertificateWatch>(),
            Transcripts = services.GetService<ITranscriptStore>(),
            Tickets = services.GetService<ITicketOutbox>(),
        });
        return builder.AddConversations<TroubleshootingConversation>();
    }

    /// <summary>
    /// What any conversation needs — understanding, validated options, transcript retention. Needs the
    /// knowledge and the storage registered.
    /// </summary>
    private static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<TranscriptOptions>()
            .BindConfiguration(TranscriptOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddUnderstanding();
        builder.Services.AddHostedService<UnderstanderWarmUp>();
        builder.Services.AddHostedService<TranscriptRetentionService>();
        return builder;
    }
}
