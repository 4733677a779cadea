using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Outbox.Webhooks;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox;

internal static class OutboxHostBuilderExtensions
{
    /// <summary>
    /// The outbox: the turns' events become rows for the configured webhooks (written with the turn's state, in the
    /// store the storage feature provides), and a background worker delivers them. Needs the storage registered.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<WebhookOptions>()
            .Configure<IConfiguration>((options, configuration) => Bind(options, configuration.GetSection(WebhookOptions.SectionName)))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        builder.Services.AddSingleton<ITurnEventOutbox, WebhookEventOutbox>();

        // No resilience handler: the worker owns retries, and a retry inside the client would hide what the receiver said.
        builder.Services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<IOutboxSender, WebhookSender>();
        builder.Services.AddSingleton<IOutboxSender, MessageSender>();
        builder.Services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        builder.Services.AddSingleton<OutboxDelivery>();
        builder.Services.AddHostedService<OutboxDeliveryService>();
        return builder;
    }

    /// <summary>One receiver per child (<c>Webhooks:0</c>, <c>Webhooks:1</c>, …); events as a list or one comma-separated value.</summary>
    private static void Bind(WebhookOptions options, IConfigurationSection section)
    {
        foreach (var child in section.GetChildren().OrderBy(child => int.TryParse(child.Key, out var index) ? index : int.MaxValue))
        {
            var events = child.GetSection("Events");
            options.Receivers.Add(new WebhookReceiver
            {
                Url = child["Url"],
                Secret = child["Secret"],
                Events = events.Value is { } list
                    ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : [.. events.GetChildren().Select(e => e.Value).OfType<string>()],
            });
        }
    }
}
