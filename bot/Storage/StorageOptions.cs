using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions : IValidatableObject
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

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, "rdphelpbot.db"));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != StorageProvider.Postgres)
            yield break;
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required with Storage:Provider=Postgres (e.g. Host=db;Database=rdphelpbot;Username=bot;Password=…).",
                [nameof(ConnectionString)]);
            yield break;
        }
        if (Postgres.PostgresConnectionString.Problem(ConnectionString) is { } problem)
            yield return new ValidationResult($"Storage:ConnectionString is not a valid PostgreSQL connection string: {problem}", [nameof(ConnectionString)]);
    }
}

public enum StorageProvider
{
    Sqlite,
    InMemory,
    Postgres,
}
