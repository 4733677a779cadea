using Microsoft.Extensions.DependencyInjection.Extensions;
using RdpHelpBot.Bot.Storage.InMemory;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Storage;

internal static class StorageHostBuilderExtensions
{
    /// <summary>
    /// Every store the bot and its channels keep data in, for the configured engine: SQLite in the data folder by
    /// default, in PostgreSQL, or in memory. The features ask for the store interfaces only, never for an engine.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new();
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        switch (options.Provider)
        {
            case StorageProvider.InMemory:
                builder.Services.AddInMemoryStorage();
                break;
            case StorageProvider.Postgres:
                builder.Services.AddPostgresStorage(options);
                break;
            default:
                builder.Services.AddSqliteStorage(options);
                break;
        }
        return builder;
    }

    /// <summary>Stops the start (<see cref="Hosting.StartupProblemException"/>) when the configured store cannot be used.</summary>
    public static Task CheckStorageAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<IStorageCheck>() is { } check ? check.CheckAsync(cancellationToken) : Task.CompletedTask;

    public static string Describe(this StorageOptions options) => options.Provider switch
    {
        StorageProvider.InMemory => "in memory (lost on restart)",
        StorageProvider.Postgres => $"PostgreSQL at {PostgresConnectionString.Describe(options.ConnectionString!)}",
        _ => $"SQLite at {options.DatabasePath}",
    };
}
