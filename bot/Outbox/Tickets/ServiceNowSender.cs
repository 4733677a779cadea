using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// Opens a ServiceNow incident for a case through the Table API, once: the case id is the incident's
/// <c>correlation_id</c>, and every attempt first looks for an incident with it, so an attempt that timed out or got a
/// 500 after ServiceNow had saved the incident is not followed by a second one. The number goes to the ticket log.
/// </summary>
internal sealed class ServiceNowSender(
    IHttpClientFactory clients,
    IOptions<ServiceNowOptions> options,
    IOptions<OutboxOptions> outbox,
    ServiceNowAuthorizer authorizer,
    ITicketLog tickets,
    TimeProvider time,
    ILogger<ServiceNowSender> logger) : IOutboxSender
{
    public const string CorrelationDisplay = "RdpHelpBot";
    private const string IncidentTable = "api/now/table/incident";

    public string Kind => TicketKinds.Kind(TicketKinds.ServiceNow);

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
            return TicketPayload.NotConfigured(ServiceNowOptions.SectionName);
        if (TicketPayload.Read(message) is not { } packet)
            return TicketPayload.Unreadable;
        if (await TicketPayload.KnownAsync(tickets, packet.CaseId, TicketKinds.ServiceNow, cancellationToken) is not null)
            return DeliveryResult.Delivered;

        var http = new TimedRequests(clients.CreateClient(TicketPayload.HttpClientName), outbox.Value.SendTimeout, time);
        return await HttpDeliveryResults.GuardAsync(async token =>
        {
            if (await FindAsync(http, settings, packet.CaseId, token) is { Number: { } found } existing)
            {
                TicketPayload.Found(logger, TicketKinds.ServiceNow, found, packet.CaseId);
                await RecordAsync(settings, packet.CaseId, existing, token);
                return DeliveryResult.Delivered;
            }
            var created = await CreateAsync(http, settings, packet, token);
            TicketPayload.Opened(logger, TicketKinds.ServiceNow, created.Number!, packet.CaseId);
            await RecordAsync(settings, packet.CaseId, created, token);
            return DeliveryResult.Delivered;
        }, cancellationToken);
    }

    private async Task<ServiceNowRecord?> FindAsync(TimedRequests http, ServiceNowOptions settings, string caseId, CancellationToken cancellationToken)
    {
        var query = $"{IncidentTable}?sysparm_query={Uri.EscapeDataString($"correlation_id={caseId}")}&sysparm_fields=sys_id,number&sysparm_limit=1";
        using var response = await SendAsync(http, settings, new HttpRequestMessage(HttpMethod.Get, settings.Url(query)), "ServiceNow incident lookup", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.ServiceNowListAnswer, cancellationToken);
        return answer?.Result?.FirstOrDefault(record => !string.IsNullOrEmpty(record.Number));
    }

    private async Task<ServiceNowRecord> CreateAsync(TimedRequests http, ServiceNowOptions settings, CasePacket packet, CancellationToken cancellationToken)
    {
        var incident = new ServiceNowIncident(
            packet.Summary,
            CasePacketText.Render(packet),
            settings.Urgency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            settings.Impact.ToString(System.Globalization.CultureInfo.InvariantCulture),
            settings.ContactType,
            packet.CaseId,
            CorrelationDisplay)
        {
            CallerId = await CallerAsync(http, settings, packet.User.Email, cancellationToken),
            AssignmentGroup = string.IsNullOrWhiteSpace(settings.AssignmentGroup) ? null : settings.AssignmentGroup,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, settings.Url(IncidentTable))
        {
            Content = JsonContent.Create(incident, TicketJsonContext.Default.ServiceNowIncident),
        };
        using var response = await SendAsync(http, settings, request, "ServiceNow incident", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.ServiceNowRecordAnswer, cancellationToken);
        // Saved, but the answer does not say as what: the next attempt finds it by its correlation id.
        return answer?.Result is { Number: { Length: > 0 } } created
            ? created
            : throw new StepFailedException(new DeliveryResult(DeliveryOutcome.Ambiguous, "ServiceNow incident: no number in the answer"));
    }

    /// <summary>The user's <c>sys_user</c> record by e-mail address, for <c>caller_id</c>; null when there is none or no address.</summary>
    private async Task<string?> CallerAsync(TimedRequests http, ServiceNowOptions settings, string? email, CancellationToken cancellationToken)
    {
        // '^' joins conditions in an encoded query: an address with one could widen the lookup to someone else.
        if (string.IsNullOrWhiteSpace(email) || email.Contains('^', StringComparison.Ordinal))
            return null;
        var query = $"api/now/table/sys_user?sysparm_query={Uri.EscapeDataString($"email={email.Trim()}")}&sysparm_fields=sys_id&sysparm_limit=1";
        using var response = await SendAsync(http, settings, new HttpRequestMessage(HttpMethod.Get, settings.Url(query)), "ServiceNow caller lookup", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.ServiceNowListAnswer, cancellationToken);
        return answer?.Result?.FirstOrDefault()?.SysId;
    }

    private async Task<HttpResponseMessage> SendAsync(TimedRequests http, ServiceNowOptions settings, HttpRequestMessage request, string step, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = await authorizer.HeaderAsync(http, cancellationToken);
            request.Headers.Accept.ParseAdd("application/json");
            try
            {
                return await http.SendAsync(request, step, cancellationToken);
            }
            catch (StepFailedException refused) when (settings.UsesOAuth && refused.Status == HttpStatusCode.Unauthorized)
            {
                // A token revoked or expired early: the next attempt asks for a new one; bad client credentials fail there for good.
                authorizer.Forget();
                throw new StepFailedException(new DeliveryResult(DeliveryOutcome.Retryable, $"{step}: the access token was refused"), refused.Status);
            }
        }
    }

    private Task RecordAsync(ServiceNowOptions settings, string caseId, ServiceNowRecord incident, CancellationToken cancellationToken) =>
        tickets.RecordAsync(
            new HelpdeskTicket(caseId, TicketKinds.ServiceNow, incident.Number!, time.GetUtcNow())
            {
                Url = incident.SysId is { } id ? settings.Url($"nav_to.do?uri=incident.do%3Fsys_id%3D{Uri.EscapeDataString(id)}").ToString() : null,
            },
            cancellationToken);
}
