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

namespace RdpHelpBot.Bot.Storage.Sqlite;

internal static class SqliteStorageExtensions
{
    /// <summary>Every store in one SQLite file in the data folder (<c>Storage:Provider=Sqlite</c>, the default).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, StorageOptions options)
    {
        var database = new SqliteDatabase(options.DatabasePath);
        services.AddSingleton(database);
        services.AddSingleton<IStorageCheck>(database);
        services.AddSingleton(new DataFolder(Path.GetDirectoryName(database.Path)));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
        services.AddSingleton<IStateStore, SqliteStateStore>();
        services.AddSingleton<IOutcomeStore, SqliteOutcomeStore>();
        services.AddSingleton<ICaseStore, SqliteCaseStore>();
        services.AddSingleton<IRatingStore, SqliteRatingStore>();
        services.AddSingleton<IHelpdeskAuditLog, SqliteHelpdeskAuditLog>();
        services.AddSingleton<ITranscriptStore, SqliteTranscriptStore>();
        services.AddSingleton<ICheckAuditLog, SqliteCheckAuditLog>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<ITicketLog, SqliteTicketLog>();
        services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<ISlackInstallationRepository, SqliteSlackInstallationRepository>();
        services.AddSingleton<IDirectLineHistory, SqliteDirectLineHistory>();
        services.AddSingleton<IInboundStore, SqliteInboundStore>();
        services.AddHostedService<InboundRetentionService>();
        return services;
    }
}
