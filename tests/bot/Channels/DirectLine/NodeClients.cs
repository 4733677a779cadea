using System.Diagnostics;
using System.Text.Json;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Runs the real clients' Node scripts in tests/bot/Channels/DirectLine/js. Missing node or the npm packages, a
/// test skips and says how to install them; in CI (CI=true) it fails, because CI installs them.
/// </summary>
internal static class NodeClients
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    public static string Folder { get; } = FindFolder();

    /// <summary>The packages the scripts need, as package.json lists them.</summary>
    private static IEnumerable<string> Packages =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json"))).RootElement
            .GetProperty("dependencies").EnumerateObject().Select(dependency => dependency.Name);

    /// <summary>node, with the scripts' packages installed; otherwise skips (or fails in CI).</summary>
    public static string RequireNode()
    {
        var node = TestPeers.Require("node", "nodejs");
        if (Packages.FirstOrDefault(package => !Directory.Exists(Path.Combine(Folder, "node_modules", package))) is { } missing)
        {
            var message = $"The npm packages of {Folder} are not installed ({missing} is missing; .ci/install-test-peers runs npm ci there).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{message} CI=true requires the real test peers.");
            Assert.Skip(message);
        }
        return node;
    }

    public static async Task<ScriptRun> RunAsync(string node, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{node} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {ScriptTimeout}.\n{await output}\n{await errors}");
        }
        return new ScriptRun(process.ExitCode, await output, await errors);
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RdpHelpBot.sln")))
                return Path.Combine(folder.FullName, "tests", "bot", "Channels", "DirectLine", "js");
        }
        throw new InvalidOperationException($"No RdpHelpBot.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>What a script printed: one JSON object per line on stdout.</summary>
internal sealed record ScriptRun(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<JsonElement> Lines => Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => JsonDocument.Parse(line).RootElement.Clone())
        .ToList();

    public string Describe() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
