using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Which engine keeps state: <c>Sqlite</c> (default) or <c>InMemory</c> (lost on restart).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite database file; default <c>data</c> below the working directory.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, "rdphelpbot.db"));
}

public enum StorageProvider
{
    Sqlite,
    InMemory,
}
