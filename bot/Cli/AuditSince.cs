using System.Globalization;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Reads <c>--since</c>: a time ago (<c>30m</c>, <c>24h</c>, <c>7d</c>) or a date or time (<c>2026-11-20</c>, <c>2026-11-20T08:00Z</c>, UTC unless it says otherwise).</summary>
internal static partial class AuditSince
{
    public static readonly TimeSpan Default = TimeSpan.FromDays(7);

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset since, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            since = now - Default;
            return true;
        }
        if (Ago().Match(text.Trim()) is { Success: true } ago && int.TryParse(ago.Groups[1].Value, CultureInfo.InvariantCulture, out var amount))
        {
            since = now - ago.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since))
            return true;
        problem = $"--since '{text}' is neither a time ago (30m, 24h, 7d) nor a date or time (2026-11-20, 2026-11-20T08:00Z).";
        return false;
    }

    [GeneratedRegex(@"^(\d{1,6})([mhd])$")]
    private static partial Regex Ago();
}
