using System.IO.Compression;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.BotFramework.Manifest;

/// <summary>
/// The Teams app package: <c>manifest.json</c> (from <c>manifest/teams/</c>, with the bot's app id put in as the
/// app, the bot and the Entra app that <c>ChannelMessage.Read.Group</c> is consented to),
/// the 192×192 colour icon and the 32×32 outline icon, all at the root of a zip, as Teams requires.
/// </summary>
internal static class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public static readonly IReadOnlyList<string> IconFiles = ["color.png", "outline.png"];

    private const string ResourcePrefix = "TeamsManifest/";

    /// <summary>The manifest with the app id as the Teams app id and the bot id, and the version and developer links if given.</summary>
    public static JsonNode Manifest(Guid appId, string? version, DeveloperLinks? links = null)
    {
        var manifest = JsonNode.Parse(Read(ManifestFile))!;
        manifest["id"] = appId.ToString("D");
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
            bot!["botId"] = appId.ToString("D");
        // Resource-specific consent (the helpdesk channel's replies without a mention) is granted to this Entra app.
        if (manifest["webApplicationInfo"] is JsonObject application)
            application["id"] = appId.ToString("D");
        if (version is not null)
            manifest["version"] = version;
        if (links is not null)
        {
            var developer = manifest["developer"]!;
            developer["websiteUrl"] = links.Website.AbsoluteUri;
            developer["privacyUrl"] = links.Privacy.AbsoluteUri;
            developer["termsOfUseUrl"] = links.Terms.AbsoluteUri;
        }
        return manifest;
    }

    public static async Task WriteAsync(Stream destination, Guid appId, string? version, DeveloperLinks? links, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = await zip.CreateEntry(ManifestFile).OpenAsync(cancellationToken))
        {
            await using var writer = new Utf8JsonWriter(entry, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Manifest(appId, version, links).WriteTo(writer);
        }
        foreach (var icon in IconFiles)
        {
            await using var entry = await zip.CreateEntry(icon).OpenAsync(cancellationToken);
            await using var source = Open(icon);
            await source.CopyToAsync(entry, cancellationToken);
        }
    }

    private static byte[] Read(string file)
    {
        using var stream = Open(file);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"The Teams app file {file} is missing from the build.");
}
