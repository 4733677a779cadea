using System.CommandLine;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// The bot's entry point: with no command it runs the web host; the commands serve the people who run and
/// maintain the bot.
/// </summary>
internal static class BotCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("RdpHelpBot: gets people past Remote Desktop error 0x904 / extended 0x7.")
        {
            KbCommand.Build(),
            DiagnoseCommand.Build(),
            EvalCommand.Build(),
            ReportCommand.Build(),
            AuditCommand.Build(),
            CasesCommand.Build(),
            OutboxCommand.Build(),
            ChatCommand.Build(),
            ProbeCommand.Build(),
            WatchCommand.Build(),
            ManifestCommand.Build(),
        };
        // Host arguments such as --urls pass through to ASP.NET Core.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parseResult, cancellationToken) =>
            BotHost.RunAsync(parseResult.UnmatchedTokens.ToArray(), parseResult.InvocationConfiguration.Error, cancellationToken));
        return root;
    }
}
