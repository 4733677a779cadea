using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Bot.Tests.Knowledge;

/// <summary>A temporary folder holding the built-in knowledge files plus whatever a test adds.</summary>
internal sealed class KnowledgeFolder : IDisposable
{
    private KnowledgeFolder(string path) => Path = path;

    public string Path { get; }

    public static KnowledgeFolder WithBuiltIn()
    {
        var folder = Empty();
        foreach (var file in KnowledgeFiles.BuiltIn())
        {
            folder.Add(file.Name[KnowledgeFiles.BuiltInFolder.Length..], file.Text);
        }
        return folder;
    }

    public static KnowledgeFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rdphelpbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new KnowledgeFolder(path);
    }

    public KnowledgeFolder Add(string relativeName, string yaml)
    {
        var file = System.IO.Path.Combine(Path, relativeName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
