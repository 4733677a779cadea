using System.Diagnostics;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Manifest;

/// <summary>
/// Runs ajv (Node) over a JSON document with Slack's manifest schema. ajv and Node come from
/// .ci/install-test-peers; missing on a developer machine the test skips and says so, missing in CI it fails.
/// </summary>
internal static class AjvValidator
{
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string json)
    {
        var modules = Path.Combine(ManifestFiles.RepositoryRoot, ".ci", "test-peers", "node_modules");
        RequirePeer(File.Exists(Path.Combine(modules, "ajv", "package.json")), $"ajv is not installed in {modules}");
        var script = Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "Manifest", "validate-manifest.cjs");
        var document = Path.Combine(Path.GetTempPath(), $"rdphelpbot-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, json);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { script, modules, ManifestFiles.SchemaFolder, document })
                start.ArgumentList.Add(argument);
            using var node = StartNode(start);
            var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            return (node.ExitCode, output);
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            RequirePeer(false, "node is not installed");
            throw;
        }
    }

    private static void RequirePeer(bool present, string problem)
    {
        if (present)
            return;
        var message = $"{problem} (.ci/install-test-peers installs it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{message} CI=true requires the real test peers.");
        Assert.Skip(message);
    }
}
