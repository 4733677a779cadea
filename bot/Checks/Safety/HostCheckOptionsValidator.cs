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
        if (options.AllowedPorts.Any(port => port is < 1 or > 65535))
            yield return "Checks:AllowedPorts must be port numbers from 1 to 65535.";
        foreach (var (name, members) in options.Groups)
        {
            if (members.Count == 0 || members.Any(string.IsNullOrWhiteSpace))
                yield return $"Checks:Groups:{name} must list at least one user id and no empty entries.";
        }
        if (options.TrustClientUserIdsOn.Any(string.IsNullOrWhiteSpace))
            yield return "Checks:TrustClientUserIdsOn must not contain empty entries.";
        if (options.CheckTimeout <= TimeSpan.Zero || options.CheckTimeout > TimeSpan.FromMinutes(5))
            yield return "Checks:CheckTimeout must be longer than zero and at most five minutes.";
        if (options.ChecksPerUserPerWindow < 1)
            yield return "Checks:ChecksPerUserPerWindow must be at least 1.";
        if (options.ChecksPerWindow < options.ChecksPerUserPerWindow)
            yield return "Checks:ChecksPerWindow must be at least Checks:ChecksPerUserPerWindow.";
        if (options.RateWindow <= TimeSpan.Zero || options.RateWindow > TimeSpan.FromDays(1))
            yield return "Checks:RateWindow must be longer than zero and at most one day.";
    }
}
