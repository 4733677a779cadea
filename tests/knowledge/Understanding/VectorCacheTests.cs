using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>Sentence vectors encoded once are read back on the next start instead of being encoded again.</summary>
public sealed class VectorCacheTests
{
    [Fact]
    public void Encode_SameSentencesAgain_ReadsTheSameVectorsFromDisk()
    {
        var sentences = Sentences();
        var path = VectorCache.PathFor("test", sentences)!;

        var encoded = VectorCache.Encode("test", sentences);
        var written = File.GetLastWriteTimeUtc(path);
        var read = VectorCache.Encode("test", sentences);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(encoded, read);
        Assert.Equal(SentenceEmbeddings.Encode(sentences), read);
        File.Delete(path);
    }

    [Fact]
    public void Encode_CacheFileCutShort_EncodesAgainAndReplacesIt()
    {
        var sentences = Sentences();
        var path = VectorCache.PathFor("test", sentences)!;
        VectorCache.Encode("test", sentences);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);

        var vectors = VectorCache.Encode("test", sentences);

        Assert.Equal(SentenceEmbeddings.Encode(sentences), vectors);
        Assert.Equal(sentences.Count * 384 * sizeof(float), new FileInfo(path).Length);
        File.Delete(path);
    }

    // Sentences of their own, so no other run's cache file answers for them.
    private static List<string> Sentences()
    {
        var run = Guid.NewGuid().ToString("N");
        return [$"the server {run} drops every connection", $"only my laptop {run} fails", "it worked yesterday"];
    }
}
