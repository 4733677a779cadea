namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// The web host's configuration (appsettings.json, environment variables, <c>--Section:Key=value</c>
/// arguments) without starting a server, for commands that work on the bot's own data.
/// </summary>
internal static class CommandHost
{
    public static WebApplicationBuilder CreateBuilder(IReadOnlyList<string> args)
    {
        var builder = WebApplication.CreateSlimBuilder([.. args]);
        // The command's output is its report; the host's log lines would only get in the way.
        builder.Logging.ClearProviders();
        return builder;
    }
}
