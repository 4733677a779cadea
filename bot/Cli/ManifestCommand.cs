using System.CommandLine;
using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.BotFramework.Manifest;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>manifest teams --app-id ID --out FILE.zip [--version X.Y.Z] [--developer-url URL [--privacy-url URL]
/// [--terms-url URL]]</c>: writes the Teams app package.
/// </summary>
internal static partial class ManifestCommand
{
    public static Command Build()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The .zip file to write.", Required = true };
        var version = new Option<string?>("--version") { Description = "The app version, MAJOR.MINOR.PATCH; raise it for every upload." };
        var website = new Option<string?>("--developer-url") { Description = "Your organisation's https page for the app (the About tab); without it the package keeps placeholder pages." };
        var privacy = new Option<string?>("--privacy-url") { Description = "The https privacy statement; default: privacy under --developer-url." };
        var terms = new Option<string?>("--terms-url") { Description = "The https terms of use; default: terms under --developer-url." };
        var teams = new Command("teams", "Write the Microsoft Teams app package (manifest.json and the two icons) to upload in Teams.")
        {
            appId, output, version, website, privacy, terms,
        };
        teams.SetAction((parseResult, cancellationToken) => WriteAsync(
            parseResult, parseResult.GetValue(appId)!, parseResult.GetValue(output)!, parseResult.GetValue(version),
            (parseResult.GetValue(website), parseResult.GetValue(privacy), parseResult.GetValue(terms)), cancellationToken));
        return new Command("manifest", "App packages for the channels.") { teams };
    }

    private static async Task<int> WriteAsync(ParseResult parseResult, string appId, FileInfo file, string? version,
        (string? Website, string? Privacy, string? Terms) pages, CancellationToken cancellationToken)
    {
        var errors = parseResult.InvocationConfiguration.Error;
        if (!Guid.TryParse(appId, out var id))
        {
            await errors.WriteLineAsync($"--app-id '{appId}' is not a GUID: use the Microsoft App ID of the Azure Bot.");
            return 1;
        }
        if (version is not null && !Semver().IsMatch(version))
        {
            await errors.WriteLineAsync($"--version '{version}' is not MAJOR.MINOR.PATCH (e.g. 1.0.1).");
            return 1;
        }
        var links = DeveloperLinks.From(pages.Website, pages.Privacy, pages.Terms, out var linkError);
        if (linkError is not null)
        {
            await errors.WriteLineAsync(linkError);
            return 1;
        }
        if (links is null)
            await errors.WriteLineAsync("No --developer-url: the package names placeholder pages (www.example.com) as its website, privacy statement and terms of use; fine for a test upload, not for your organisation's app catalogue.");
        file.Directory?.Create();
        await using (var stream = file.Create())
        {
            await TeamsAppPackage.WriteAsync(stream, id, version, links, cancellationToken);
        }
        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote the Teams app package to {file.FullName}.");
        return 0;
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex Semver();
}
