using System.CommandLine;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>audit [--since 7d] [--user ID] [--host HOST] [--json] [--Storage:DataFolder=DIR ...]</c>: the host checks the
/// bot ran or refused, from the audit in the storage the bot is configured with; <c>audit --helpdesk [--case ID]</c>:
/// what the helpdesk's agents did on cases (claims, replies, resolves, transfers), refusals included.
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
        var user = new Option<string?>("--user") { Description = "Only this user's checks, or this agent's actions (the id the audit names them by)." };
        var host = new Option<string?>("--host") { Description = "Only checks of this host: as typed, as checked, or one of its addresses." };
        var json = new Option<bool>("--json") { Description = "Write the checks as JSON." };
        var helpdesk = new Option<bool>("--helpdesk") { Description = "List the helpdesk's actions on cases instead of host checks." };
        var caseId = new Option<string?>("--case") { Description = "With --helpdesk: only the actions on this case." };
        var command = new Command("audit", "List the host checks asked for: when, who, which host and addresses, allowed or why not, what they found.")
        {
            since, user, host, json, helpdesk, caseId,
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
            if (parseResult.GetValue(helpdesk))
            {
                if (filter.Host is not null)
                {
                    await error.WriteLineAsync("--host filters host checks; the helpdesk's actions are filtered by --user and --case.");
                    return 1;
                }
                return await RunHelpdeskAsync(parseResult, filter, Blank(parseResult.GetValue(caseId)), parseResult.GetValue(json), cancellationToken);
            }
            if (parseResult.GetValue(caseId) is not null)
            {
                await error.WriteLineAsync("--case applies to the helpdesk's actions: add --helpdesk.");
                return 1;
            }
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

    private static async Task<int> RunHelpdeskAsync(
        ParseResult parseResult, AuditFilter filter, string? caseId, bool json, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var app = await CommandHost.OpenKeptDataAsync(parseResult.UnmatchedTokens, "audit", parseResult.InvocationConfiguration.Error);
        if (app is null)
            return 1;
        var entries = (await app.Services.GetRequiredService<IHelpdeskAuditLog>().ListAsync(filter.Since, cancellationToken))
            .Where(entry => (filter.User is null || string.Equals(entry.ActorId, filter.User, StringComparison.OrdinalIgnoreCase))
                && (caseId is null || string.Equals(entry.CaseId, caseId, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(entry => entry.When)
            .ToList();
        if (json)
            HelpdeskAuditPrinter.WriteJson(filter, caseId, entries, output);
        else
            HelpdeskAuditPrinter.WriteText(filter, caseId, entries, output);
        return 0;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
