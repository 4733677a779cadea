using RdpHelpBot.Bot.Knowledge;

namespace RdpHelpBot.Bot.Hosting;

/// <summary>The web host: the channels' endpoints, health checks and background services.</summary>
internal static class BotHost
{
    public const string DefaultUrls = "http://localhost:3978";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = Build(args, Console.Error);
        if (app is null)
        {
            return 1;
        }
        await app.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>Builds the application; null (with the reason written) when it must not start.</summary>
    public static WebApplication? Build(string[] args, TextWriter errors)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        var knowledge = builder.AddKnowledge();
        if (!knowledge.Succeeded)
        {
            KnowledgeLoading.WriteErrors(knowledge, errors);
            errors.WriteLine("The bot did not start. Fix the knowledge files, then run 'kb lint' to check them.");
            return null;
        }
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
