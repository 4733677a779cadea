using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Helpdesk;

internal static class HelpdeskTimerHostBuilderExtensions
{
    /// <summary>
    /// The helpdesk's timing settings (section <c>Escalation</c>, bound by AddHelpdesk), checked at start-up, and its timers: reminders of waiting
    /// cases, tickets for cases nobody claimed in time or handed over outside business hours, idle live chats nudged
    /// and closed.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskTimers(this IHostApplicationBuilder builder)
    {
        // The options are bound by AddHelpdesk; binding them twice would add every list entry twice.
        builder.Services.AddSingleton<IValidateOptions<HelpdeskOptions>, HelpdeskTimingValidator>();
        // The storage feature keeps the cases where it keeps everything else; this is the fallback when it keeps none.
        builder.Services.TryAddSingleton<ICaseStore, InMemoryCaseStore>();
        builder.Services.AddSingleton<CaseChanges>();
        builder.Services.AddSingleton<HelpdeskTimers>();
        builder.Services.AddHostedService<HelpdeskTimerService>();
        return builder;
    }
}
