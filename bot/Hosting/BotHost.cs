using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.BotFramework;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Hosting.Callers;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Watch;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Hosting;

/// <summary>The web host: the channels' endpoints, health checks and background services.</summary>
internal static class BotHost
{
    public const string DefaultUrls = "http://localhost:3978";

    public static async Task<int> RunAsync(string[] args, TextWriter errors, CancellationToken cancellationToken)
    {
        try
        {
            // Build too: mapping the channels reads their settings, which validates them.
            await using var app = Build(args, errors);
            if (app is null)
            {
                return 1;
            }
            // Before the host starts, so a bad setting or a store that cannot be used stops it with one line
            // instead of a failed start's log and stack trace.
            BotServices.ValidateSettings(app.Services);
            await app.Services.CheckStorageAsync(cancellationToken);
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception e) when (e is OptionsValidationException || BotServices.IsUnreadableSetting(e))
        {
            await errors.WriteLineAsync(BotServices.NotStarted(e));
            return 1;
        }
        catch (StartupProblemException e)
        {
            await errors.WriteLineAsync(e.Line);
            return 1;
        }
    }

    /// <summary>Builds the application; null (with the reason written) when it must not start.</summary>
    /// <param name="configure">Last changes to the services before the build (tests point outside calls at local fakes).</param>
    public static WebApplication? Build(string[] args, TextWriter errors, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits beside the assembly; the working directory may be anywhere.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        if (!BotServices.TryAdd(builder, errors))
        {
            return null;
        }
        builder.Services.AddHealthChecks();
        builder.AddBotFrameworkChannel();
        builder.AddDirectLineChannel();
        builder.AddSlackChannel();
        builder.AddReverseProxy();
        builder.AddCertificateWatch(scheduled: true);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseReverseProxy();
        // The Direct Line stream is a WebSocket; CORS comes before the rate limiter, so that a page on an allowed
        // origin can read a 429 too. Which routes use CORS and which limits is each endpoint's own choice.
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.MapHealthChecks("/healthz");
        app.MapBotFrameworkChannel();
        app.MapDirectLineChannel();
        app.MapSlackChannel();
        app.Lifetime.ApplicationStarted.Register(() => LogStartup(app));
        return app;
    }

    private static void LogStartup(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RdpHelpBot");
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        logger.LogInformation("Listening on {Urls}", string.Join(", ", app.Urls));
        logger.LogInformation("Web chat: {WebChatUrl}", WebChatUrl(app.Urls));
        logger.LogInformation("Knowledge: {Causes} causes, {Fixes} fixes", knowledge.Causes.Count, knowledge.Fixes.Count);
        logger.LogInformation("Data: {Storage}", storage.Describe());
        logger.LogInformation("Host checks: {HostChecks}", app.Services.GetRequiredService<IOptions<HostCheckOptions>>().Value.Describe());
        foreach (var channel in app.Services.GetServices<IChannelStatus>())
        {
            logger.LogInformation("{Channel}: {Status}", channel.Name, channel.Describe());
            foreach (var warning in channel.Warnings())
                logger.LogWarning("{Channel}: {Warning}", channel.Name, warning);
        }
    }

    /// <summary>The page to open in a browser: the first address, with a wildcard host read as this machine.</summary>
    internal static string WebChatUrl(IEnumerable<string> urls)
    {
        var first = urls.FirstOrDefault(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault() ?? DefaultUrls;
        var uri = new UriBuilder(first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
            uri.Host = "localhost";
        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }
}
