using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Bot.Knowledge;

/// <summary>Loads the built-in knowledge or a folder of files, and reports failures the same way everywhere.</summary>
internal static class KnowledgeLoading
{
    public static KnowledgeLoadResult Load(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return KnowledgeBase.LoadBuiltIn();
        }
        if (!Directory.Exists(folder))
        {
            return Failure(folder, "the knowledge folder does not exist; check --path or Knowledge:Path");
        }
        IReadOnlyList<KnowledgeFile> files;
        try
        {
            files = KnowledgeFiles.FromFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure(folder, $"the knowledge files cannot be read: {e.Message}");
        }
        return files.Count == 0
            ? Failure(folder, "the knowledge folder holds no .yaml or .yml files")
            : KnowledgeBase.Load(files);
    }

    public static void WriteErrors(KnowledgeLoadResult result, TextWriter writer)
    {
        writer.WriteLine($"The knowledge base has {result.Errors.Count} error(s):");
        foreach (var error in result.Errors)
        {
            writer.WriteLine($"  {error}");
        }
    }

    private static KnowledgeLoadResult Failure(string folder, string message) =>
        new(null, [new KnowledgeError(new(folder, 0), null, message)]);
}
