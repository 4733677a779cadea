using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Knowledge.Tests.Loading;

public sealed class KnowledgeFilesTests
{
    [Fact]
    public void FromFolder_FolderOutsideTheWorkingDirectory_NamesFilesByTheirFullPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rdphelpbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "facts.yaml");
            File.WriteAllText(file, "facts: []\n");

            var loaded = Assert.Single(KnowledgeFiles.FromFolder(folder));

            Assert.Equal(Path.GetFullPath(file), loaded.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
