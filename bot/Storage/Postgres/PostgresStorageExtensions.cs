using Microsoft.AspNetCore.DataProtection.KeyManagement;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Bot.Watch;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Storage.Postgres;

internal static class PostgresStorageExtensions
{
    /// <summary>
    /// Every store in one PostgreSQL database (<c>Storage:Provider=Postgres</c>), which several instances may share; the
    /// Data Protection key ring is kept there too, so that they all read what one encrypted.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, StorageOptions options)
    {
        // From a factory, so that a bad connection string is reported by the options' validation, not here, and the
        // container disposes the data source (and its pool) when the host stops.
        services.AddSingleton(_ => new PostgresDatabase(options.ConnectionString!));
        services.AddSingleton<IStorageCheck>(provider => provider.GetRequiredService<PostgresDatabase>());
        services.AddSingleton(new DataFolder(Path.GetFullPath(options.DataFolder)));
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>(StorageHealthCheck.Name);
        services.AddOptions<KeyManagementOptions>()
            .PostConfigure<PostgresDatabase>((keys, database) => keys.XmlRepository = new PostgresKeyRing(database));
        services.AddSingleton<IStateStore, PostgresStateStore>();
        services.AddSingleton<IOutcomeStore, PostgresOutcomeStore>();
        services.AddSingleton<ICaseStore, PostgresCaseStore>();
        services.AddSingleton<IRatingStore, PostgresRatingStore>();
        services.AddSingleton<IHelpdeskAuditLog, PostgresHelpdeskAuditLog>();
        services.AddSingleton<ITranscriptStore, PostgresTranscriptStore>();
        services.AddSingleton<ICheckAuditLog, PostgresCheckAuditLog>();
        services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        services.AddSingleton<ITicketLog, PostgresTicketLog>();
        services.AddSingleton<IConversationReferenceStore, PostgresConversationReferenceStore>();
        services.AddSingleton<ISlackInstallationRepository, PostgresSlackInstallationRepository>();
        services.AddSingleton<PostgresDirectLineHistory>();
        services.AddSingleton<IDirectLineHistory>(provider => provider.GetRequiredService<PostgresDirectLineHistory>());
        services.AddSingleton<IDirectLineFeed>(provider => provider.GetRequiredService<PostgresDirectLineHistory>());
        services.AddSingleton<IInboundStore, PostgresInboundStore>();
        services.AddHostedService<InboundRetentionService>();
        services.AddSingleton<IWatchStore, PostgresWatchStore>();
        return services;
    }
}
