using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using RdpHelpBot.Bot.Channels.BotFramework.Authentication;
using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.BotFramework.Helpdesk;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Channels.BotFramework;

/// <summary>Teams and other Azure Bot Service channels: the Bot Framework protocol on <c>/api/messages</c>.</summary>
internal static class BotFrameworkChannel
{
    public const string ConnectorHttpClient = "BotFrameworkConnector";

    public static IHostApplicationBuilder AddBotFrameworkChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.AddSingleton<RootLevelAppSettings>();
        services.AddSingleton<IConfigureOptions<BotFrameworkOptions>>(provider => provider.GetRequiredService<RootLevelAppSettings>());
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(provider => provider.GetRequiredService<RootLevelAppSettings>());
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddKeyedSingleton(ConnectorClient.Pacer, (provider, _) => new KeyedPacer(ConnectorClient.TeamsLimits, provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IBotTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsLocalMode
                ? new NoBotTokenProvider()
                : ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(provider));
        services.AddHttpClient<ConnectorClient>(ConnectorHttpClient, client => client.Timeout = TimeSpan.FromSeconds(30))
            // Every reply is one call; the factory's request loggers open a scope and time each call only to log
            // below Warning, which the bot never writes for HttpClient. Failures surface as ConnectorException.
            .RemoveAllLoggers()
            .AddResilienceHandler(ConnectorHttpClient, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
                if (options.ConnectorRetries > 0)
                    pipeline.AddRetry(ConnectorRetry.Options(options));
            });

        services.AddSingleton<KnownConversations>();
        services.AddSingleton<SentCards>();
        services.AddSingleton<CardClicks>();
        services.AddSingleton<ChannelMessages>();
        services.AddSingleton<MentionedUsers>();
        services.AddConversationQueue();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<BotFrameworkTurns>();
        services.AddSingleton<InboundActivities>();
        services.AddHostedService<InboundReplayService>();
        services.AddInboundChannel<InboundActivities>();
        services.AddSingleton<IChannelMessenger, BotFrameworkMessenger>();
        services.AddSingleton<IConversationAddressResolver, StoredConversationAddresses>();
        services.AddTransient<ActivityHandler>();
        services.AddTransient<MessagesEndpoint>();
        services.AddSingleton<IChannelStatus, BotFrameworkStatus>();
        builder.AddTeamsHelpdesk();
        return builder;
    }

    /// <summary>The helpdesk's Teams channel (<c>Escalation:Teams</c>), when one is named.</summary>
    private static void AddTeamsHelpdesk(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsHelpdeskOptions>().BindConfiguration(TeamsHelpdeskOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsHelpdeskOptions>, TeamsHelpdeskOptionsValidator>();
        if (builder.Configuration.GetSection(TeamsHelpdeskOptions.SectionName).Get<TeamsHelpdeskOptions>()?.IsConfigured == true)
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHelpdeskChannel, TeamsHelpdeskChannel>());
    }

    /// <summary>Maps <c>POST /api/messages</c> unless the channel is switched off.</summary>
    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Enabled)
        {
            endpoints.MapPost(MessagesEndpoint.Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        }
        return endpoints;
    }
}
