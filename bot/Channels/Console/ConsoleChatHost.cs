using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Channels.Console;

/// <summary>The services of the bot without the web server, for a conversation in the terminal.</summary>
internal static class ConsoleChatHost
{
    /// <summary>Builds the host; null (with the reason written) when the bot must not start.</summary>
    public static IHost? Build(string[] args, TextWriter errors)
    {
        var builder = Host.CreateApplicationBuilder(args);
        // Standard output is the conversation: log lines go to standard error, and only warnings and worse.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        return BotServices.TryAdd(builder, errors) ? builder.Build() : null;
    }
}
