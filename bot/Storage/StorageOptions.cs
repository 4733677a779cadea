using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Which engine keeps state: <c>Sqlite</c> (default), <c>InMemory</c> (lost on restart) or <c>Postgres</c>.</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite database file; default <c>data</c> below the working directory.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>The Npgsql connection string of the PostgreSQL database; required with <c>Provider=Postgres</c>, unused otherwise.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long an inbound item (a Bot Framework activity or Slack event acknowledged and not yet answered) is left to
    /// the instance that took it before another instance on the database runs it instead (that instance stopped). The
    /// holder renews its claims every third of this while it runs, so a long turn keeps its item. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "01:00:00", ErrorMessage = "Storage:InboundClaimTimeout must be between 3 seconds and 1 hour.")]
    public TimeSpan InboundClaimTimeout { get; set; } = TimeSpan.FromMinutes(1);

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, "rdphelpbot.db"));
}

/// <summary>With <c>Storage:Provider=Postgres</c>, a connection string that names a server, checked at start-up.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.Provider != StorageProvider.Postgres)
            return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString is required with Storage:Provider=Postgres (e.g. Host=db;Database=rdphelpbot;Username=bot;Password=…).");
        }
        return Postgres.PostgresConnectionString.Problem(options.ConnectionString) is { } problem
            ? ValidateOptionsResult.Fail($"Storage:ConnectionString is not a valid PostgreSQL connection string: {problem}")
            : ValidateOptionsResult.Success;
    }
}

public enum StorageProvider
{
    Sqlite,
    InMemory,
    Postgres,
}
