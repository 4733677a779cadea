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

    /// <summary>
    /// The application with the configured storage for a command that reads what the bot keeps (<paramref name="what"/>);
    /// null, with the reason written, when the settings are not valid or the bot keeps it in its own memory.
    /// </summary>
    public static async Task<WebApplication?> OpenKeptDataAsync(IReadOnlyList<string> args, string what, TextWriter error)
    {
        var app = BuildWithValidStorage(CreateBuilder(args), out var problem);
        if (app is null)
        {
            await error.WriteLineAsync($"The storage settings are not valid: {problem}");
            return null;
        }
        if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.InMemory)
        {
            await error.WriteLineAsync($"Storage:Provider is InMemory: the bot keeps its {what} in its own memory, where this command cannot read it.");
            await app.DisposeAsync();
            return null;
        }
        try
        {
            await app.Services.CheckStorageAsync(CancellationToken.None);
        }
        catch (Hosting.StartupProblemException e)
        {
            await error.WriteLineAsync($"The storage cannot be used: {e.Message}");
            await app.DisposeAsync();
            return null;
        }
        return app;
    }
}
