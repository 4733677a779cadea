using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting.WindowsServices;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Endpoints;
using RdpHelpBot.Agent.Facts;
using RdpHelpBot.Agent.Reporting;
using RdpHelpBot.Agent.Security;

namespace RdpHelpBot.Agent.Hosting;

/// <summary>Builds the agent's web application: settings, the host's facts, the signed endpoints.</summary>
internal static class AgentHost
{
    public const string ServiceName = "RdpHelpBotAgent";

    /// <summary>The application, or null with every reason the settings are unusable.</summary>
    public static WebApplication? Build(string[] args, HostFacts facts, out IReadOnlyList<string> problems, Action<IServiceCollection>? replace = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            // A service starts in System32; its appsettings.json lives beside the executable.
            ContentRootPath = WindowsServiceHelpers.IsWindowsService() ? AppContext.BaseDirectory : null,
        });
        var options = builder.Configuration.GetSection(AgentOptions.SectionName).Get<AgentOptions>() ?? new AgentOptions();
        var settings = AgentSettings.TryCreate(options, out problems);
        if (settings is null)
            return null;

        builder.WebHost.UseUrls(settings.ListenUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddWindowsService(service => service.ServiceName = ServiceName);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, AgentJsonContext.Default));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(facts);
        builder.Services.AddSingleton(provider => new NonceCache(
            provider.GetRequiredService<TimeProvider>(), settings.MaxClockSkew * 2, settings.NonceCapacity));
        builder.Services.AddSingleton<RequestAuthenticator>();
        builder.Services.AddSingleton<ReportBuilder>();
        replace?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<SignedExchangeMiddleware>();
        app.MapGet(AgentRoutes.Health, HealthEndpoint.Handle);
        app.MapPost(AgentRoutes.Report, ReportEndpoint.Handle);
        return app;
    }
}
