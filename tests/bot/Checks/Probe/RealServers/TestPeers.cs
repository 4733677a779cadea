namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>
/// Finds the real servers the integration tests run. Missing on a developer machine, a test skips and says how to
/// install them; missing in CI (CI=true), it fails, because CI installs them with .ci/install-test-peers.
/// </summary>
internal static class TestPeers
{
    private static readonly string[] ExtraFolders = ["/usr/sbin", "/usr/local/sbin", "/sbin"];

    public static string Require(string executable, string package)
    {
        if (Find(executable) is { } path)
        {
            return path;
        }
        var message = $"{executable} is not installed (Debian package {package}; .ci/install-test-peers installs it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message} CI=true requires the real test peers.");
        }
        Assert.Skip(message);
        return "";
    }

    private static string? Find(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(ExtraFolders)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
}
