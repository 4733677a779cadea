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
    public void Package_ManifestAsksToReadTheTeamsChannelMessagesForTheBotsApp()
    {
        var manifest = JsonNode.Parse(WritePackage()["manifest.json"])!;

        var permissions = manifest["authorization"]?["permissions"]?["resourceSpecific"]?.AsArray()
            .Select(permission => (permission!["name"]!.GetValue<string>(), permission["type"]!.GetValue<string>()));
        Assert.Equal((AppId, true), (manifest["webApplicationInfo"]?["id"]?.GetValue<string>(),
            permissions?.Contains(("ChannelMessage.Read.Group", "Application")) == true));
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

    private JsonNode DeveloperOf(params string[] options)
    {
        var (exitCode, _, error) = CommandLine.Run(["manifest", "teams", "--app-id", AppId, "--out", Package(), .. options]);
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(Package());
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!["developer"]!;
    }

    private static (string?, string?, string?) Links(JsonNode developer) => (
        developer["websiteUrl"]!.GetValue<string>(), developer["privacyUrl"]!.GetValue<string>(), developer["termsOfUseUrl"]!.GetValue<string>());

    [Fact]
    public void Command_DeveloperUrlAlone_PutsPrivacyAndTermsUnderIt()
    {
        var developer = DeveloperOf("--developer-url", "https://it.contoso.com/rdphelpbot");

        Assert.Equal(("https://it.contoso.com/rdphelpbot", "https://it.contoso.com/rdphelpbot/privacy", "https://it.contoso.com/rdphelpbot/terms"), Links(developer));
    }

    [Fact]
    public void Command_AllThreeUrls_AreWrittenAsGiven()
    {
        var developer = DeveloperOf("--developer-url", "https://contoso.com/", "--privacy-url", "https://contoso.com/legal/privacy", "--terms-url", "https://contoso.com/legal/tou");

        Assert.Equal(("https://contoso.com/", "https://contoso.com/legal/privacy", "https://contoso.com/legal/tou"), Links(developer));
    }

    [Fact]
    public void Command_NoDeveloperUrl_KeepsThePlaceholdersAndSaysSo()
    {
        var (exitCode, _, error) = CommandLine.Run("manifest", "teams", "--app-id", AppId, "--out", Package());

        Assert.Equal(0, exitCode);
        Assert.Contains("placeholder pages", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--developer-url", "http://contoso.com/", "--developer-url 'http://contoso.com/' is not an https URL; Teams shows only https pages.")]
    [InlineData("--developer-url", "contoso", "--developer-url 'contoso' is not an https URL; Teams shows only https pages.")]
    [InlineData("--privacy-url", "https://contoso.com/privacy", "--privacy-url and --terms-url need --developer-url too.")]
    public void Command_BadDeveloperUrl_FailsSayingWhich(string option, string value, string message)
    {
        var (exitCode, _, error) = CommandLine.Run("manifest", "teams", "--app-id", AppId, "--out", Package(), option, value);

        Assert.Equal((1, message), (exitCode, error.Trim()));
    }

    [Fact]
    public void ManifestVersion_IsTheNewestTheSchemaPackageShips()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryManifest()))!;

        Assert.Equal(TeamsManifestSchema.NewestVersion(), "v" + manifest["manifestVersion"]!.GetValue<string>());
    }

    public void Dispose() => _folder.Dispose();
}
