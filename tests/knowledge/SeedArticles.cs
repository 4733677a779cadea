using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests;

/// <summary>
/// The seed articles as files. They are not ours to redistribute, so they live outside the repository, in
/// <c>shared/seeds</c> next to it, found by walking up from the test binaries. Without them a test that reads them
/// skips and says so; in CI (CI=true) it fails, because CI provides them.
/// </summary>
internal static class SeedArticles
{
    private static readonly Lazy<string?> Folder = new(Locate);

    /// <summary>
    /// Whether a test that can do without the articles should read them: where they are, and always in CI, which
    /// fails without them.
    /// </summary>
    public static bool ShouldRead => Folder.Value is not null || InCi;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Text(Source seed)
    {
        if (seed.Kind != SourceKind.SeedArticle || string.IsNullOrEmpty(seed.File))
        {
            throw new ArgumentException($"Source '{seed.Id}' is not a seed article with a file name.", nameof(seed));
        }
        var folder = Folder.Value ?? Missing();
        var path = Path.Combine(folder, seed.File);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Seed article '{seed.Id}' names file '{seed.File}', which is not in {folder}.", path);
        }
        return File.ReadAllText(path);
    }

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string Missing()
    {
        var message = $"The seed articles are not here: no 'shared/seeds' folder in any parent of {AppContext.BaseDirectory} " +
            "(they are not part of the repository; put them in ../shared/seeds beside it).";
        if (InCi)
        {
            Assert.Fail($"{message} CI=true requires them.");
        }
        Assert.Skip(message);
        return "";
    }
}
