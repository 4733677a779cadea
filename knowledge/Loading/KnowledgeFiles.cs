using System.Reflection;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Where knowledge files come from: the built-in set shipped in this assembly, or a folder.</summary>
public static class KnowledgeFiles
{
    private const string ResourcePrefix = "data/";

    /// <summary>The path maintainers edit, used to name built-in files in messages.</summary>
    public const string BuiltInFolder = "knowledge/data/";

    public static IReadOnlyList<KnowledgeFile> BuiltIn()
    {
        var assembly = typeof(KnowledgeFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new KnowledgeFile(BuiltInFolder + name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToList();
    }

    /// <summary>Every <c>*.yaml</c> / <c>*.yml</c> file below <paramref name="folder"/>, in a stable order.</summary>
    public static IReadOnlyList<KnowledgeFile> FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Knowledge folder '{folder}' does not exist.");
        }
        return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new KnowledgeFile(DisplayName(path), File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>Relative to the working directory when the file is below it; otherwise the full path.</summary>
    private static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded knowledge file '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
