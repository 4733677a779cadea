using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Storage.InMemory;

internal static class InMemoryStorageExtensions
{
    /// <summary>Every store in this process's memory (<c>Storage:Provider=InMemory</c>): lost on restart.</summary>
    public static IServiceCollection AddInMemoryStorage(this IServiceCollection services)
    {
        services.AddSingleton(DataFolder.None);
        services.AddSingleton<IStateStore, InMemoryStateStore>();
        services.AddSingleton<IOutcomeStore, InMemoryOutcomeStore>();
        services.AddSingleton<ICaseStore, InMemoryCaseStore>();
        services.AddSingleton<IRatingStore, InMemoryRatingStore>();
        services.AddSingleton<IHelpdeskAuditLog, InMemoryHelpdeskAuditLog>();
        services.AddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
        services.AddSingleton<ICheckAuditLog, InMemoryCheckAuditLog>();
        services.AddSingleton<IOutboxStore, InMemoryOutboxStore>();
        services.AddSingleton<ITicketLog, InMemoryTicketLog>();
        services.AddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.AddSingleton<ISlackInstallationRepository, InMemorySlackInstallationRepository>();
        services.AddSingleton<IDirectLineHistory, InMemoryDirectLineHistory>();
        services.AddSingleton<IInboundStore>(new InMemoryInboundStore());
        return services;
    }
}
