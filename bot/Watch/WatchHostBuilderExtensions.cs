using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Watch;

namespace RdpHelpBot.Bot.Watch;

internal static class WatchHostBuilderExtensions
{
    /// <summary>
    /// Warnings before RDP certificates expire: the <c>Watch</c> settings (validated at start-up), the inventory, the
    /// certificate-only probe and the pass. Needs the storage, the outbox and the host checks registered first; the
    /// pass runs on a schedule only when <paramref name="scheduled"/> (the web host) and host checks are on.
    /// </summary>
    public static IHostApplicationBuilder AddCertificateWatch(this IHostApplicationBuilder builder, bool scheduled)
    {
        builder.Services.AddOptions<WatchOptions>().BindConfiguration(WatchOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WatchOptions>, WatchOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WatchInventory>();
        builder.Services.AddSingleton<WatchNotifier>();
        builder.Services.AddSingleton<WatchFallback>();
        builder.Services.AddSingleton<WatchListing>();
        builder.Services.AddSingleton<WatchTimeZones>();
        builder.Services.AddSingleton<IGoneRecipients, WatchGoneRecipients>();
        builder.Services.AddSingleton(services => new CertificateProbe(new ProbeOptions(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<WatchPass>();
        builder.Services.AddSingleton<WatchSubscriptions>();
        builder.Services.AddSingleton<ICertificateWatch, ChatWatch>();
        var checks = builder.Configuration.GetSection(HostCheckOptions.SectionName).Get<HostCheckOptions>() ?? new();
        if (scheduled && checks.IsEnabled)
            builder.Services.AddHostedService<WatchService>();
        return builder;
    }
}
