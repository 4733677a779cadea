using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>cases [--open] [--json] [--Storage:DataFolder=DIR ...]</c>: the cases handed to the helpdesk, newest first, with
/// their state, agent, times, summary and ticket numbers.
/// </summary>
internal static class CasesCommand
{
    private const int Limit = 500;

    public static Command Build()
    {
        var open = new Option<bool>("--open") { Description = "Only the cases still waiting for or with an agent." };
        var json = new Option<bool>("--json") { Description = "Write the cases as JSON." };
        var command = new Command("cases", "List the cases handed to the helpdesk: state, agent, times, summary and tickets.") { open, json };
        // Configuration arguments such as --Storage:DataFolder=DIR go to the host builder, as for the bot.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            await using var app = await CommandHost.OpenKeptDataAsync(parseResult.UnmatchedTokens, "cases", parseResult.InvocationConfiguration.Error);
            if (app is null)
                return 1;
            var cases = await app.Services.GetRequiredService<ICaseStore>().ListAsync(parseResult.GetValue(open), Limit, cancellationToken);
            var tickets = app.Services.GetRequiredService<ITicketLog>();
            var rows = new List<CaseRow>();
            foreach (var kept in cases)
                rows.Add(CaseRow.Of(kept, await tickets.ForCaseAsync(kept.CaseId, cancellationToken)));
            if (parseResult.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, CasesJsonContext.Default.ListCaseRow));
            else if (rows.Count == 0)
                await output.WriteLineAsync("No cases handed to the helpdesk.");
            else
                foreach (var row in rows)
                    await output.WriteLineAsync(row.Line());
            return 0;
        });
        return command;
    }
}

/// <summary>One case as <c>cases</c> lists it.</summary>
internal sealed record CaseRow(
    string CaseId, CaseState State, string? Agent, DateTimeOffset Escalated, DateTimeOffset? Claimed, DateTimeOffset? Ended,
    string Summary, IReadOnlyList<string> Tickets)
{
    public static CaseRow Of(HelpdeskCase kept, IReadOnlyList<HelpdeskTicket> tickets) => new(
        kept.CaseId, kept.State, kept.Agent?.Name, kept.Escalated, kept.Claimed, kept.Ended, kept.Packet.Summary,
        [.. tickets.Select(ticket => $"{ticket.System} {ticket.Number}")]);

    public string Line() =>
        $"{CaseId}  {State,-13} {Agent ?? "-",-16} escalated {Time(Escalated)}" +
        (Claimed is { } claimed ? $", claimed {Time(claimed)}" : "") +
        (Ended is { } ended ? $", ended {Time(ended)}" : "") +
        $"  {Summary}" + (Tickets.Count > 0 ? $"  [{string.Join(", ", Tickets)}]" : "");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<CaseRow>))]
internal sealed partial class CasesJsonContext : JsonSerializerContext;
