using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Rejects an allow-list entry or limit that would silently widen or disable the policy.</summary>
internal sealed class HostCheckOptionsValidator : IValidateOptions<HostCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, HostCheckOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(HostCheckOptions options)
    {
        foreach (var entry in options.AllowedHosts)
        {
            if (!HostPattern.TryParse(entry, out _, out var error))
                yield return $"Checks:AllowedHosts: {error}";
        }
        if (options.AllowedUsers.Any(string.IsNullOrWhiteSpace))
            yield return "Checks:AllowedUsers must not contain empty entries.";
        if (options.ChecksPerUserPerWindow < 1)
            yield return "Checks:ChecksPerUserPerWindow must be at least 1.";
        if (options.ChecksPerWindow < options.ChecksPerUserPerWindow)
            yield return "Checks:ChecksPerWindow must be at least Checks:ChecksPerUserPerWindow.";
        if (options.RateWindow <= TimeSpan.Zero || options.RateWindow > TimeSpan.FromDays(1))
            yield return "Checks:RateWindow must be longer than zero and at most one day.";
    }
}
