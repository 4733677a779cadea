using System.Security.Cryptography;
using System.Text;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The sentence vectors of the knowledge's examples and known reports, kept on disk between runs: encoding the two
/// thousand and more sentences takes about two minutes of CPU on a small machine, reading them back a few milliseconds. A file is
/// named by a hash of its sentences, so changed knowledge encodes anew; a file that does not read back whole is
/// encoded again and replaced.
/// </summary>
internal static class VectorCache
{
    private const int Dimensions = 384;

    public static float[][] Encode(string kind, IReadOnlyList<string> sentences)
    {
        var path = PathFor(kind, sentences);
        if (path is not null && TryRead(path, sentences.Count) is { } cached)
            return cached;
        var vectors = SentenceEmbeddings.Encode(sentences);
        if (path is not null)
            TryWrite(path, vectors);
        return vectors;
    }

    internal static string? PathFor(string kind, IReadOnlyList<string> sentences)
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(folder))
            folder = Path.GetTempPath();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sentences))));
        return Path.Combine(folder, "RdpHelpBot", "sentence-vectors", $"{kind}-{hash[..32]}.bin");
    }

    private static float[][]? TryRead(string path, int count)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length != count * Dimensions * sizeof(float))
                return null;
            var vectors = new float[count][];
            for (var i = 0; i < count; i++)
            {
                vectors[i] = new float[Dimensions];
                Buffer.BlockCopy(bytes, i * Dimensions * sizeof(float), vectors[i], 0, Dimensions * sizeof(float));
            }
            return vectors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Written to a file of its own and moved into place, so a reader never sees half a file; a cache that cannot be
    // written only costs the next start its time.
    private static void TryWrite(string path, float[][] vectors)
    {
        if (vectors.Any(v => v.Length != Dimensions))
            return;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = new byte[vectors.Length * Dimensions * sizeof(float)];
            for (var i = 0; i < vectors.Length; i++)
                Buffer.BlockCopy(vectors[i], 0, bytes, i * Dimensions * sizeof(float), Dimensions * sizeof(float));
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
