using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using RdpHelpBot.Bot.Channels.BotFramework.Authentication;
using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.Redelivery;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Storage;

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
        services.AddSingleton<ConversationPacer>();
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

        services.TryAddSingleton<IConversationReferenceStore>(provider =>
            provider.GetService<SqliteDatabase>() is { } database
                ? new SqliteConversationReferenceStore(database)
                : new InMemoryConversationReferenceStore());
        services.AddSingleton<KnownConversations>();
        services.AddRedeliveryFilter();
        services.AddSingleton<SentCards>();
        services.AddSingleton<CardClicks>();
        services.AddConversationQueue();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<BotFrameworkTurns>();
        services.AddSingleton<InboundActivities>();
        services.AddHostedService<InboundReplayService>();
        services.AddSingleton<IChannelMessenger, BotFrameworkMessenger>();
        services.AddTransient<ActivityHandler>();
        services.AddTransient<MessagesEndpoint>();
        return builder;
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

    public static void LogStartup(IServiceProvider services, ILogger logger)
    {
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        logger.LogInformation("Bot Framework channel ({Route}): {Mode}", MessagesEndpoint.Route, options.Describe());
        if (options.Enabled && options.IsLocalMode)
        {
            logger.LogWarning(
                "Bot Framework channel in local mode: set BotFramework:MicrosoftAppId or MicrosoftAppId (and its credentials) before exposing {Route}; until then it answers loopback callers only and believes no user id",
                MessagesEndpoint.Route);
        }
    }
}
