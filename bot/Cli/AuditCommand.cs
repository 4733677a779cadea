using System.CommandLine;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>audit [--since 7d] [--user ID] [--host HOST] [--json] [--Storage:DataFolder=DIR ...]</c>: the host checks the
/// bot ran or refused, from the audit in the storage the bot is configured with.
/// </summary>
internal static class AuditCommand
{
    /// <param name="time">What time it is for <c>--since 24h</c> (default: the system clock).</param>
    public static Command Build(TimeProvider? time = null)
    {
        var since = new Option<string?>("--since")
        {
            Description = "Checks since a time ago (30m, 24h, 7d) or a date or time (2026-11-20, 2026-11-20T08:00Z, UTC). Default: 7d.",
        };
        var user = new Option<string?>("--user") { Description = "Only this user's checks (the id the audit names them by)." };
        var host = new Option<string?>("--host") { Description = "Only checks of this host: as typed, as checked, or one of its addresses." };
        var json = new Option<bool>("--json") { Description = "Write the checks as JSON." };
        var command = new Command("audit", "List the host checks asked for: when, who, which host and addresses, allowed or why not, what they found.")
        {
            since, user, host, json,
        };
        // Configuration arguments such as --Storage:DataFolder=DIR go to the host builder, as for the bot.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var now = (time ?? TimeProvider.System).GetUtcNow();
            if (!AuditSince.TryParse(parseResult.GetValue(since), now, out var from, out var problem))
            {
                await error.WriteLineAsync(problem);
                return 1;
            }
            var filter = new AuditFilter(from, Blank(parseResult.GetValue(user)), Blank(parseResult.GetValue(host)));
            return await RunAsync(parseResult, filter, parseResult.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, AuditFilter filter, bool json, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        await using var app = await CommandHost.OpenKeptDataAsync(parseResult.UnmatchedTokens, "audit", error);
        if (app is null)
            return 1;
        var entries = filter.Apply(await app.Services.GetRequiredService<ICheckAuditLog>().ListAsync(filter.Since, cancellationToken));
        if (json)
            AuditPrinter.WriteJson(filter, entries, output);
        else
            AuditPrinter.WriteText(filter, entries, output);
        return 0;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
