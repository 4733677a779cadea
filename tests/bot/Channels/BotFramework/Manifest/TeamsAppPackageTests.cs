using System.IO.Compression;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Cli;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Manifest;

/// <summary><c>manifest teams</c> writes a package Teams accepts: a valid manifest and the two icons at the zip's root.</summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "9f0a9a1e-3f3c-4d3e-9c39-5ad1c2f7b0a1";

    private readonly TemporaryFolder _folder = new();

    private string Package() => _folder.File("rdphelpbot-teams.zip");

    private Dictionary<string, byte[]> WritePackage()
    {
        var (exitCode, _, error) = CommandLine.Run("manifest", "teams", "--app-id", AppId, "--out", Package(), "--version", "1.2.3");
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(Package());
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static string RepositoryManifest([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "..", "manifest", "teams", "manifest.json"));

    [Fact]
    public void Package_HasManifestAndBothIconsAtItsRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], WritePackage().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_ColourIconIs192Square()
    {
        var icon = PngImage.Read(WritePackage()["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void Package_OutlineIconIs32SquareWhiteOnTransparent()
    {
        var icon = PngImage.Read(WritePackage()["outline.png"]);

        Assert.Equal((32, 32, (byte)6), (icon.Width, icon.Height, icon.ColourType));
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 0);
        Assert.All(icon.Pixels().Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
    }

    [Fact]
    public void Package_ManifestNamesTheAppIdAsAppAndBot()
    {
        var manifest = JsonNode.Parse(WritePackage()["manifest.json"])!;

        Assert.Equal((AppId, AppId, "1.2.3"),
            (manifest["id"]!.GetValue<string>(), manifest["bots"]![0]!["botId"]!.GetValue<string>(), manifest["version"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Package_ManifestValidatesAgainstTheOfficialSchema()
    {
        var manifest = _folder.File("manifest.json");
        await File.WriteAllBytesAsync(manifest, WritePackage()["manifest.json"], TestContext.Current.CancellationToken);

        var (valid, output) = await TeamsManifestSchema.ValidateAsync(manifest);

        Assert.True(valid, output);
    }

    [Fact]
    public async Task RepositoryManifest_ValidatesAgainstTheOfficialSchema()
    {
        var (valid, output) = await TeamsManifestSchema.ValidateAsync(RepositoryManifest());

        Assert.True(valid, output);
    }

    [Fact]
    public async Task SchemaCheck_ManifestWithoutBotScopes_IsInvalid()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryManifest(), TestContext.Current.CancellationToken))!;
        manifest["bots"]![0]!.AsObject().Remove("scopes");
        var path = _folder.File("broken.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString(), TestContext.Current.CancellationToken);

        var (valid, output) = await TeamsManifestSchema.ValidateAsync(path);

        Assert.False(valid);
        Assert.Contains("scopes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_AppIdNotAGuid_FailsSayingSo()
    {
        var (exitCode, _, error) = CommandLine.Run("manifest", "teams", "--app-id", "my-bot", "--out", Package());

        Assert.Equal((1, "--app-id 'my-bot' is not a GUID: use the Microsoft App ID of the Azure Bot."), (exitCode, error.Trim()));
    }

    [Fact]
    public void ManifestVersion_IsTheNewestTheSchemaPackageShips()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryManifest()))!;

        Assert.Equal(TeamsManifestSchema.NewestVersion(), "v" + manifest["manifestVersion"]!.GetValue<string>());
    }

    public void Dispose() => _folder.Dispose();
}
