using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Helpdesk;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Channels.Slack.Outbound;
using RdpHelpBot.Bot.Channels.Slack.SocketMode;
using RdpHelpBot.Bot.Channels.Slack.Verification;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Channels.Slack;

internal static class SlackChannel
{
    public const string KeyRingFolder = "keys";

    public const string Prefix = "/slack";

    /// <summary>
    /// The Slack channel: the <c>/slack</c> routes when a signing secret is set, Socket Mode when an app-level
    /// token is, the OAuth install when a client id and secret are. Without any of them it only logs that
    /// Slack is off. With <c>Escalation:Slack:Channel</c> it is a helpdesk channel too. Needs the storage, the outbox and a
    /// conversation registered.
    /// </summary>
    public static IHostApplicationBuilder AddSlackChannel(this IHostApplicationBuilder builder)
    {
        var options = SlackOptions.ReadCredentials(builder.Configuration);
        var services = builder.Services;
        services.AddSlackOptions();
        services.AddSlackHelpdeskOptions();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SlackOptions>>().Value);
        services.AddSingleton<SlackLog>();
        services.AddSingleton<IChannelStatus, SlackStatus>();
        if (!options.Enabled && !options.OAuthEnabled)
            return builder;

        services.TryAddSingleton(TimeProvider.System);
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new();
        services.AddDataProtection()
            .SetApplicationName("RdpHelpBot")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(Path.Combine(storage.DataFolder, KeyRingFolder))));
        services.AddSingleton(provider => new SlackWebApiClient(
            // One long-lived client; recycling pooled connections keeps it following DNS changes.
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = WithTrailingSlash(provider.GetRequiredService<SlackOptions>().ApiBaseUrl),
            },
            provider.GetRequiredKeyedService<KeyedPacer>(SlackWebApiClient.Pacer),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<SlackOptions>(),
            provider.GetRequiredService<SlackLog>()));
        services.AddKeyedSingleton(SlackWebApiClient.Pacer, (provider, _) => SlackWebApiClient.CreatePacer(
            provider.GetRequiredService<SlackOptions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackInstallations>();
        services.AddSingleton<SlackWorkspaces>();
        services.AddSingleton<SlackOAuthState>();
        services.AddConversationQueue();
        services.AddSingleton<SlackInbox>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackInbox>());
        services.AddInboundChannel<SlackInbox>();
        services.AddSingleton<SlackTurnProcessor>();
        services.AddSingleton<SlackUserNames>();
        services.AddSingleton<SlackHelpdeskChannel>();
        if (builder.Configuration.GetSection(SlackHelpdeskOptions.SectionName).Get<SlackHelpdeskOptions>() is { Enabled: true })
            services.AddSingleton<IHelpdeskChannel>(provider => provider.GetRequiredService<SlackHelpdeskChannel>());
        services.AddSingleton<IChannelMessenger, SlackMessenger>();
        services.AddSingleton(provider => new SlackRequestVerifier(
            provider.GetRequiredService<SlackOptions>().SigningSecret ?? "", provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<SlackCommandsEndpoint>();
        services.AddSingleton<SlackInteractivityEndpoint>();
        services.AddSingleton<SlackInstallEndpoints>();
        if (options.SocketModeEnabled)
        {
            services.AddSingleton<SocketModeDispatcher>();
            services.AddHostedService<SocketModeService>();
        }
        return builder;
    }

    /// <summary>
    /// Everything under <c>/slack</c>. The request routes exist only with a signing secret, each behind the signature
    /// check; the install routes only with an OAuth client id and secret: without them the paths answer 404, never an
    /// open door.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<SlackOptions>();
        if (options.HttpEnabled)
        {
            var signed = endpoints.MapGroup(Prefix).AddEndpointFilter<SlackSignatureFilter>();
            signed.MapPost("/events", (HttpContext context, SlackEventsEndpoint endpoint) => endpoint.HandleAsync(context));
            signed.MapPost("/commands", (HttpContext context, SlackCommandsEndpoint endpoint) => endpoint.HandleAsync(context));
            signed.MapPost("/interactivity", (HttpContext context, SlackInteractivityEndpoint endpoint) => endpoint.HandleAsync(context));
        }
        if (options.OAuthEnabled)
        {
            var install = endpoints.MapGroup(Prefix);
            install.MapGet("/install", (HttpContext context, SlackInstallEndpoints endpoints) => endpoints.InstallAsync(context));
            install.MapGet("/oauth_redirect", (HttpContext context, SlackInstallEndpoints endpoints) => endpoints.RedirectAsync(context));
        }
        return endpoints;
    }

    /// <summary>The <c>Slack</c> section and Bolt's credential names, bound and validated at start-up.</summary>
    internal static OptionsBuilder<SlackOptions> AddSlackOptions(this IServiceCollection services) =>
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .Configure<IConfiguration>(SlackOptions.ApplyBoltNames)
            .ValidateDataAnnotations()
            .ValidateOnStart();

    /// <summary>The <c>Escalation:Slack</c> section, validated at start-up against the Slack credentials.</summary>
    internal static OptionsBuilder<SlackHelpdeskOptions> AddSlackHelpdeskOptions(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SlackHelpdeskOptions>, SlackHelpdeskOptionsValidator>();
        return services.AddOptions<SlackHelpdeskOptions>().BindConfiguration(SlackHelpdeskOptions.SectionName).ValidateOnStart();
    }

    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
