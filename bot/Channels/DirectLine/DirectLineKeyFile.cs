using System.Security.Cryptography;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The key that signs Direct Line tokens when no secret is configured: made once, kept in the data folder
/// (readable by the bot's user only), so the chat page's tokens stay valid across restarts.
/// </summary>
internal static class DirectLineKeyFile
{
    public const string FileName = "directline-signing.key";

    private const int KeyBytes = 32;

    /// <summary>The key in <paramref name="path"/>, made there first when there is none.</summary>
    public static byte[] ReadOrCreate(string path)
    {
        if (!File.Exists(path))
            TryCreate(path);
        return Read(path);
    }

    private static byte[] Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblemException($"The Direct Line signing key file '{path}' cannot be read: {e.Message}", e);
        }
        var key = new byte[KeyBytes];
        if (!Convert.TryFromBase64String(text, key, out var length) || length != KeyBytes)
            throw new StartupProblemException(
                $"The Direct Line signing key file '{path}' is not valid. Delete it and a new one is made at the next start; " +
                "web chat pages then start new conversations.");
        return key;
    }

    /// <summary>Written aside and moved in place, so a second instance starting at the same time reads a whole key.</summary>
    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var written = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var writer = new StreamWriter(written, options))
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            File.Move(written, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance made it first; its key is the one to use.
        }
        finally
        {
            File.Delete(written);
        }
    }
}
