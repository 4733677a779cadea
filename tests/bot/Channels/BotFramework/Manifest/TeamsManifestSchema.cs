using System.Diagnostics;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Manifest;

/// <summary>
/// Validates manifests with the official Teams schema from npm <c>@microsoft/app-manifest</c>, which
/// .ci/install-test-peers installs in .ci/test-peers. Missing locally, a test skips and says how to install
/// it; missing in CI (CI=true), it fails.
/// </summary>
internal static class TeamsManifestSchema
{
    public const string Version = "v1.30";

    private static string NodeModules => Path.Combine(Slack.Manifest.ManifestFiles.RepositoryRoot, ".ci", "test-peers", "node_modules");

    public static string SchemaPath => Path.Combine(NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", Version, "MicrosoftTeams.schema.json");

    /// <summary>Runs the schema check; returns whether the manifest is valid and what the validator said.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string manifestPath)
    {
        RequireInstalled();
        var script = Path.Combine(AppContext.BaseDirectory, "Channels", "BotFramework", "Manifest", "validate-teams-manifest.js");
        var start = new ProcessStartInfo("node", [script, SchemaPath, manifestPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NODE_PATH"] = NodeModules },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode == 0, output + error);
    }

    /// <summary>The newest numbered manifest version the installed package has a schema for (previews left out).</summary>
    public static string NewestVersion()
    {
        RequireInstalled();
        return Directory.GetDirectories(Path.GetDirectoryName(Path.GetDirectoryName(SchemaPath)!)!)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith('v') && System.Version.TryParse(name[1..], out _))
            .MaxBy(name => System.Version.Parse(name![1..]))!;
    }

    private static void RequireInstalled()
    {
        if (File.Exists(SchemaPath))
            return;
        var message = $"The Teams manifest schema is not installed at {SchemaPath} (npm @microsoft/app-manifest; .ci/install-test-peers installs it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{message} CI=true requires the real test peers.");
        Assert.Skip(message);
    }
}
