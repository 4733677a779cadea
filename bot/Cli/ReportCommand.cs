using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>report [--json] [--Storage:DataFolder=DIR ...]</c>: how the recorded cases ended, from the storage the
/// bot is configured with.
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var command = new Command("report", "Resolution and escalation rates, turns to a fix and the fixes that resolved most.")
        {
            json,
        };
        // Configuration arguments such as --Storage:DataFolder=DIR go to the host builder, as for the bot.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, bool json, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var builder = CommandHost.CreateBuilder(parseResult.UnmatchedTokens);
        var loaded = builder.AddKnowledge();
        if (loaded.Knowledge is not { } knowledge)
        {
            KnowledgeLoading.WriteErrors(loaded, error);
            return 1;
        }
        await using var app = CommandHost.BuildWithValidStorage(builder, out var problem);
        if (app is null)
        {
            await error.WriteLineAsync($"The storage settings are not valid: {problem}");
            return 1;
        }
        var outcomes = await app.Services.GetRequiredService<IOutcomeStore>().ListAsync(cancellationToken);
        var report = OutcomeReport.From(outcomes);
        var helpdesk = outcomes.Count == 0 ? null : await HelpdeskReport.BuildAsync(outcomes, app.Services.GetRequiredService<ICaseStore>(),
            app.Services.GetRequiredService<IRatingStore>(), app.Services.GetRequiredService<ITicketLog>(), cancellationToken);
        if (json)
        {
            ReportPrinter.WriteJson(report, helpdesk, knowledge, output);
        }
        else
        {
            ReportPrinter.WriteText(report, knowledge, output);
            if (helpdesk is { IsEmpty: false })
                helpdesk.WriteText(output);
        }
        return 0;
    }
}
