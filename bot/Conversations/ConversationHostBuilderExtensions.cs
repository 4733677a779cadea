using Microsoft.Extensions.DependencyInjection.Extensions;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Conversations;

internal static class ConversationHostBuilderExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TConversation"/> for every channel: the turn pipeline, transcripts and the
    /// idle sweep, on top of what <see cref="AddConversations(IHostApplicationBuilder)"/> registers.
    /// </summary>
    public static IHostApplicationBuilder AddConversations<TConversation>(this IHostApplicationBuilder builder)
        where TConversation : class, IConversationDialogs
    {
        builder.AddConversations();
        builder.Services.AddSingleton<IConversationDialogs, TConversation>();
        builder.Services.AddSingleton<TurnPipeline>();
        builder.Services.AddSingleton<IdleConversationSweeper>();
        builder.Services.AddHostedService<IdleConversationSweepService>();
        return builder;
    }

    /// <summary>
    /// What any conversation needs — understanding, diagnosis, validated options, transcript retention —
    /// but no conversation itself, so no turns can run: channels report that none is registered.
    /// Needs the knowledge and the storage registered.
    /// </summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
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
        builder.Services.TryAddSingleton(services => Understanders.Create(services.GetRequiredService<KnowledgeBase>()));
        builder.Services.TryAddSingleton(services => new DiagnosisEngine(services.GetRequiredService<KnowledgeBase>()));
        builder.Services.AddHostedService<TranscriptRetentionService>();
        return builder;
    }

    /// <summary>Whether a conversation is registered, i.e. whether turns can run.</summary>
    public static bool HasConversation(this IServiceProvider services) => services.GetService<IConversationDialogs>() is not null;
}
