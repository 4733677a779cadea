using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Watch;

/// <summary>Checks the <c>Watch</c> section at start-up, each problem naming its setting.</summary>
internal sealed class WatchOptionsValidator : IValidateOptions<WatchOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(WatchOptions options)
    {
        const string section = WatchOptions.SectionName;
        if (options.Interval < TimeSpan.FromMinutes(1) || options.Interval > TimeSpan.FromDays(7))
            yield return $"{section}:Interval must be between 00:01:00 and 7.00:00:00.";
        if (options.UnreachableAfter < TimeSpan.FromMinutes(1) || options.UnreachableAfter > TimeSpan.FromDays(365))
            yield return $"{section}:UnreachableAfter must be between 00:01:00 and 365.00:00:00.";
        if (options.LeaseDuration < TimeSpan.FromSeconds(1) || options.LeaseDuration > TimeSpan.FromHours(1))
            yield return $"{section}:LeaseDuration must be between 00:00:01 and 01:00:00.";
        if (options.Parallelism is < 1 or > 4096)
            yield return $"{section}:Parallelism must be from 1 to 4096.";
        if (options.QuietHours is { } quiet && WatchSchedule.QuietHours.TryParse(quiet) is null)
            yield return $"{section}:QuietHours must be two times of day, e.g. 22:00-07:00.";
        if (WatchSchedule.FindZone(options.TimeZone) is null)
            yield return $"{section}:TimeZone '{options.TimeZone}' is not a time zone this machine knows (e.g. UTC, Europe/Berlin).";
        if (options.DigestTime < TimeSpan.Zero || options.DigestTime >= TimeSpan.FromDays(1))
            yield return $"{section}:DigestTime must be a time of day, 00:00 to 23:59.";
        if (options.DigestAbove is < 1 or > 10000)
            yield return $"{section}:DigestAbove must be from 1 to 10000.";
        if (ThresholdProblem(options.Thresholds, $"{section}:Thresholds") is { } thresholds)
            yield return thresholds;
        for (var i = 0; i < options.Hosts.Count; i++)
        {
            foreach (var problem in HostProblems(options.Hosts[i], $"{section}:Hosts:{i}"))
                yield return problem;
        }
    }

    private static IEnumerable<string> HostProblems(WatchHostSetting host, string setting)
    {
        var parsed = HostTargetNormaliser.Normalise(host.Host ?? "");
        if (!parsed.IsValid)
            yield return $"{setting}:Host is not a host: {parsed.Error}";
        else if (parsed.Target!.TypedPort is not null)
            yield return $"{setting}:Host must not carry a port; put it in {setting}:Port.";
        if (host.Port is < 1 or > 65535)
            yield return $"{setting}:Port must be from 1 to 65535.";
        foreach (var owner in host.Owners.Where(owner => WatchSubscriber.Parse(owner)?.UserId is null))
            yield return $"{setting}:Owners has '{owner}', which is not CHANNEL:USER (e.g. slack:T0123:U0456).";
        if (host.Channel is { } channel && WatchSubscriber.Parse(channel) is null)
            yield return $"{setting}:Channel must be CHANNEL:CONVERSATION (e.g. slack:T0123:C0789).";
        if (host.Thresholds is { } thresholds && ThresholdProblem(thresholds, $"{setting}:Thresholds") is { } problem)
            yield return problem;
    }

    internal static string? ThresholdProblem(IReadOnlyList<int> thresholds, string setting) =>
        thresholds.Count == 0 || thresholds.Any(days => days is < 1 or > 3650)
            ? $"{setting} must list days from 1 to 3650, e.g. 30, 14, 7, 3, 1."
            : null;
}
