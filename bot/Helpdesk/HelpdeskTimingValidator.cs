using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>Checks the helpdesk's waits and business hours at start-up, naming the setting that is wrong.</summary>
internal sealed class HelpdeskTimingValidator : IValidateOptions<HelpdeskOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public ValidateOptionsResult Validate(string? name, HelpdeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(HelpdeskOptions options)
    {
        const string section = HelpdeskOptions.SectionName;
        foreach (var (setting, value) in new[] { ("RepingAfter", options.RepingAfter), ("TicketAfter", options.TicketAfter), ("RelayIdleAfter", options.RelayIdleAfter) })
        {
            if (value < Shortest || value > Longest)
                yield return $"{section}:{setting} must be between 00:00:10 and 7.00:00:00 (it is {value}).";
        }
        if (options.BusinessHours is not { } hours)
            yield break;
        if (!KnowsZone(hours.TimeZone))
            yield return $"{section}:BusinessHours:TimeZone '{hours.TimeZone}' is not a time zone this machine knows; use an IANA id (Europe/Berlin) or a Windows id (W. Europe Standard Time).";
    }

    private static bool KnowsZone(string id)
    {
        try
        {
            BusinessHours.FindZone(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
