namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// Where the bot keeps files of its own beside its store (e.g. the Direct Line signing key) so that they outlive a
/// restart; <see cref="Path"/> is null when the engine keeps nothing across restarts.
/// </summary>
internal sealed record DataFolder(string? Path)
{
    public static readonly DataFolder None = new((string?)null);

    /// <summary>The file's full path in the folder; null when nothing is kept.</summary>
    public string? File(string name) => Path is null ? null : System.IO.Path.Combine(Path, name);
}
