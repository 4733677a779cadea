using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Helpdesk;

internal static class HelpdeskHostBuilderExtensions
{
    /// <summary>
    /// The helpdesk hand-over (section <c>Escalation</c>): the agents, the gate every turn passes before the dialogs,
    /// and the helpdesk channels the channels register (<see cref="IHelpdeskChannel"/>). Needs the storage.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdesk(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HelpdeskOptions>().BindConfiguration(HelpdeskOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HelpdeskOptions>, HelpdeskOptionsValidator>();
        builder.Services.TryAddSingleton<CheckIdentities>();
        builder.Services.TryAddSingleton<ConversationAddresses>();
        builder.Services.AddSingleton<IHelpdeskAgents, HelpdeskAgents>();
        builder.Services.AddSingleton(services => new HelpdeskServices(
            services.GetRequiredService<ICaseStore>(),
            services.GetRequiredService<IHelpdeskAgents>(),
            [.. services.GetServices<IHelpdeskChannel>()])
        {
            Addresses = services.GetRequiredService<ConversationAddresses>(),
            Ratings = services.GetService<IRatingStore>(),
            Audit = services.GetService<IHelpdeskAuditLog>(),
            Tickets = services.GetService<ITicketOutbox>(),
            Knowledge = services.GetService<KnowledgeBase>(),
        });
        builder.Services.AddSingleton<HelpdeskGate>();
        builder.Services.AddSingleton<CaseThreads>();
        return builder;
    }
}

/// <summary>Refuses an <c>Escalation:Agents</c> entry that names nobody.</summary>
internal sealed class HelpdeskOptionsValidator : IValidateOptions<HelpdeskOptions>
{
    public ValidateOptionsResult Validate(string? name, HelpdeskOptions options)
    {
        var blank = options.Agents.FindIndex(string.IsNullOrWhiteSpace);
        return blank >= 0
            ? ValidateOptionsResult.Fail($"{HelpdeskOptions.SectionName}:Agents:{blank} is empty; name a user id (Teams: AAD object id, Slack: TEAM:USER) or a group from Checks:Groups.")
            : ValidateOptionsResult.Success;
    }
}
