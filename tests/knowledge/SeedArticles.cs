using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests;

/// <summary>
/// The seed articles as files. They live outside the repository, in <c>shared/seeds</c> next to it, so the
/// folder is found by walking up from the test binaries.
/// </summary>
internal static class SeedArticles
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Text(Source seed)
    {
        if (seed.Kind != SourceKind.SeedArticle || string.IsNullOrEmpty(seed.File))
        {
            throw new ArgumentException($"Source '{seed.Id}' is not a seed article with a file name.", nameof(seed));
        }
        var path = Path.Combine(Folder.Value, seed.File);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Seed article '{seed.Id}' names file '{seed.File}', which is not in {Folder.Value}.", path);
        }
        return File.ReadAllText(path);
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No 'shared/seeds' folder was found in any parent of {AppContext.BaseDirectory}. " +
            "The seed articles must sit next to the repository, in ../shared/seeds.");
    }
}
