using Microsoft.Extensions.DependencyInjection.Extensions;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Storage;

internal static class StorageHostBuilderExtensions
{
    /// <summary>Conversation state, case outcomes, transcripts, the host-check audit and the outbox: SQLite in the data folder by default, or in memory.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new();
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);

        if (options.Provider == StorageProvider.InMemory)
        {
            builder.Services.AddSingleton<IStateStore, InMemoryStateStore>();
            builder.Services.AddSingleton<IOutcomeStore, InMemoryOutcomeStore>();
            builder.Services.AddSingleton<IEscalationRequestStore, InMemoryEscalationRequestStore>();
            builder.Services.AddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
            builder.Services.AddSingleton<ICheckAuditLog, InMemoryCheckAuditLog>();
            builder.Services.AddSingleton<IOutboxStore, InMemoryOutboxStore>();
            builder.Services.AddSingleton<ITicketLog, InMemoryTicketLog>();
            builder.Services.AddSingleton<IInboundStore>(new InMemoryInboundStore());
        }
        else
        {
            builder.Services.AddSingleton(new SqliteDatabase(options.DatabasePath));
            builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
            builder.Services.AddSingleton<IStateStore, SqliteStateStore>();
            builder.Services.AddSingleton<IOutcomeStore, SqliteOutcomeStore>();
            builder.Services.AddSingleton<IEscalationRequestStore, SqliteEscalationRequestStore>();
            builder.Services.AddSingleton<ITranscriptStore, SqliteTranscriptStore>();
            builder.Services.AddSingleton<ICheckAuditLog, SqliteCheckAuditLog>();
            builder.Services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
            builder.Services.AddSingleton<ITicketLog, SqliteTicketLog>();
            builder.Services.AddSingleton<IInboundStore, SqliteInboundStore>();
            builder.Services.AddHostedService<InboundRetentionService>();
        }
        return builder;
    }

    /// <summary>Stops the start (<see cref="Hosting.StartupProblemException"/>) when the configured store cannot be used.</summary>
    public static Task CheckStorageAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<SqliteDatabase>() is { } database ? database.CheckAsync(cancellationToken) : Task.CompletedTask;

    public static string Describe(this StorageOptions options) => options.Provider == StorageProvider.InMemory
        ? "in memory (lost on restart)"
        : $"SQLite at {options.DatabasePath}";
}
