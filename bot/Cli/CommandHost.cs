using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Storage;

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

    /// <summary>
    /// The application with the configured storage, or null with the reason its settings are not valid. The web host
    /// checks these settings when it starts; a command never starts it, so it checks them here.
    /// </summary>
    public static WebApplication? BuildWithValidStorage(WebApplicationBuilder builder, out string? problem)
    {
        WebApplication? app = null;
        try
        {
            builder.AddStorage();
            app = builder.Build();
            _ = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            problem = null;
            return app;
        }
        catch (Exception e) when (e is InvalidOperationException or OptionsValidationException)
        {
            ((IDisposable?)app)?.Dispose();
            problem = e.Message;
            return null;
        }
    }
}
