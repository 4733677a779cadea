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
            return new KnowledgeLoadResult(null,
                [new KnowledgeError(new(folder, 0), null, "knowledge folder does not exist")]);
        }
        return KnowledgeBase.Load(KnowledgeFiles.FromFolder(folder));
    }

    public static void WriteErrors(KnowledgeLoadResult result, TextWriter writer)
    {
        writer.WriteLine($"The knowledge base has {result.Errors.Count} error(s):");
        foreach (var error in result.Errors)
        {
            writer.WriteLine($"  {error}");
        }
    }
}
