using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Tickets;

internal static class TicketHostBuilderExtensions
{
    /// <summary>
    /// Helpdesk tickets through the outbox: ServiceNow incidents and Jira Service Management requests for the systems
    /// configured under <c>Escalation</c>, their numbers kept in the ticket log the storage feature provides.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskTickets(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceNowOptions>().BindConfiguration(ServiceNowOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<JiraOptions>().BindConfiguration(JiraOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<TicketOptionsValidator>();
        builder.Services.AddSingleton<IValidateOptions<ServiceNowOptions>>(services => services.GetRequiredService<TicketOptionsValidator>());
        builder.Services.AddSingleton<IValidateOptions<JiraOptions>>(services => services.GetRequiredService<TicketOptionsValidator>());

        // No resilience handler: the outbox worker owns retries, and a retry inside the client could open a second ticket.
        builder.Services.AddHttpClient(TicketPayload.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<ServiceNowAuthorizer>();
        builder.Services.AddSingleton<IOutboxSender>(services => WithNotice<ServiceNowSender>(services, TicketKinds.ServiceNow));
        builder.Services.AddSingleton<IOutboxSender>(services => WithNotice<JiraSender>(services, TicketKinds.Jira));
        builder.Services.AddSingleton<ITicketOutbox, TicketOutbox>();
        return builder;
    }

    /// <summary>A ticket sender that, once the ticket is opened, tells the user its number.</summary>
    private static TicketNoticeSender WithNotice<TSender>(IServiceProvider services, string system)
        where TSender : IOutboxSender =>
        new(ActivatorUtilities.CreateInstance<TSender>(services), system, services.GetRequiredService<ITicketLog>(),
            services.GetService<ConversationAddresses>() ?? new ConversationAddresses([]), services.GetRequiredService<IOutboxStore>(),
            services.GetRequiredService<TimeProvider>());
}
