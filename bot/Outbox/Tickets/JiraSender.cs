using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// Opens a Jira Service Management request for a case, once, with the transcript attached. The request's summary
/// ends with the case id, and every attempt first searches the service desk's requests for it, so an attempt that timed
/// out or got a 500 after Jira had made the request is not followed by a second one. The transcript is uploaded as a
/// temporary file and attached; an attempt after an earlier one first checks whether it already is.
/// </summary>
internal sealed class JiraSender(
    IHttpClientFactory clients,
    IOptions<JiraOptions> options,
    IOptions<OutboxOptions> outbox,
    ITicketLog tickets,
    TimeProvider time,
    ILogger<JiraSender> logger) : IOutboxSender
{
    public string Kind => TicketKinds.Kind(TicketKinds.Jira);

    /// <summary>The text the request's summary ends with, which finds it again: the case id is one word to Jira's search.</summary>
    public static string CaseTag(string caseId) => $"[case {caseId}]";

    public static string TranscriptFileName(string caseId) => $"transcript-{caseId}.txt";

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
            return TicketPayload.NotConfigured(JiraOptions.SectionName);
        if (TicketPayload.Read(message) is not { } packet)
            return TicketPayload.Unreadable;
        var known = await TicketPayload.KnownAsync(tickets, packet.CaseId, TicketKinds.Jira, cancellationToken);

        var http = new TimedRequests(clients.CreateClient(TicketPayload.HttpClientName), outbox.Value.SendTimeout, time);
        return await HttpDeliveryResults.GuardAsync(async token =>
        {
            var key = known?.Number;
            var created = false;
            if (key is null && await FindAsync(http, settings, packet.CaseId, token) is { IssueKey: { } found } existing)
            {
                TicketPayload.Found(logger, TicketKinds.Jira, found, packet.CaseId);
                key = found;
                await RecordAsync(packet.CaseId, existing, token);
            }
            if (key is null)
            {
                var request = await CreateAsync(http, settings, packet, token);
                key = request.IssueKey!;
                created = true;
                TicketPayload.Opened(logger, TicketKinds.Jira, key, packet.CaseId);
                await RecordAsync(packet.CaseId, request, token);
            }
            if (packet.Transcript.Count > 0 && (created || !await HasTranscriptAsync(http, settings, key, packet.CaseId, token)))
                await AttachTranscriptAsync(http, settings, key, packet, token);
            return DeliveryResult.Delivered;
        }, cancellationToken);
    }

    /// <summary>The service desk's request whose summary carries the case's tag, as the customer-request search finds it by summary.</summary>
    private static async Task<JiraRequest?> FindAsync(TimedRequests http, JiraOptions settings, string caseId, CancellationToken cancellationToken)
    {
        var query = $"rest/servicedeskapi/request?serviceDeskId={settings.ServiceDeskId}&searchTerm={Uri.EscapeDataString(caseId)}"
            + "&requestOwnership=ALL_REQUESTS&requestStatus=ALL_REQUESTS&limit=10";
        using var request = Request(settings, HttpMethod.Get, query);
        using var response = await http.SendAsync(request, "Jira request search", cancellationToken);
        var page = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.JiraPageJiraRequest, cancellationToken);
        var tag = CaseTag(caseId);
        return page?.Values?.FirstOrDefault(request => request.IssueKey is not null && Summary(request)?.Contains(tag, StringComparison.Ordinal) == true);
    }

    private static string? Summary(JiraRequest request) =>
        request.RequestFieldValues?.FirstOrDefault(field => field.FieldId == "summary")?.Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    private static async Task<JiraRequest> CreateAsync(TimedRequests http, JiraOptions settings, CasePacket packet, CancellationToken cancellationToken)
    {
        var body = new JiraRequestCreate(
            settings.ServiceDeskId!,
            settings.RequestTypeId!,
            new JiraFieldValues($"{packet.Summary} {CaseTag(packet.CaseId)}", CasePacketText.Render(packet)))
        {
            RaiseOnBehalfOf = await AccountAsync(http, settings, packet.User.Email, cancellationToken),
        };
        using var request = Request(settings, HttpMethod.Post, "rest/servicedeskapi/request");
        request.Content = JsonContent.Create(body, TicketJsonContext.Default.JiraRequestCreate);
        using var response = await http.SendAsync(request, "Jira request", cancellationToken);
        var created = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.JiraRequest, cancellationToken);
        // Made, but the answer does not say as what: the next attempt finds it by its summary.
        return created is { IssueKey.Length: > 0 }
            ? created
            : throw new StepFailedException(new DeliveryResult(DeliveryOutcome.Ambiguous, "Jira request: no issueKey in the answer"));
    }

    /// <summary>
    /// The Atlassian account with the user's e-mail address, for <c>raiseOnBehalfOf</c> (Jira Cloud takes an account id,
    /// not an address); null when none matches exactly, and the request is raised by the agent account instead.
    /// </summary>
    private static async Task<string?> AccountAsync(TimedRequests http, JiraOptions settings, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
            return null;
        using var request = Request(settings, HttpMethod.Get, $"rest/api/3/user/search?query={Uri.EscapeDataString(email.Trim())}");
        using var response = await http.SendAsync(request, "Jira user search", cancellationToken);
        var users = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.ListJiraUser, cancellationToken);
        return users?.FirstOrDefault(user => string.Equals(user.EmailAddress, email.Trim(), StringComparison.OrdinalIgnoreCase))?.AccountId;
    }

    private static async Task<bool> HasTranscriptAsync(TimedRequests http, JiraOptions settings, string key, string caseId, CancellationToken cancellationToken)
    {
        using var request = Request(settings, HttpMethod.Get, $"rest/servicedeskapi/request/{Uri.EscapeDataString(key)}/attachment");
        using var response = await http.SendAsync(request, "Jira attachment list", cancellationToken);
        var page = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.JiraPageJiraAttachment, cancellationToken);
        return page?.Values?.Any(attachment => attachment.FileName == TranscriptFileName(caseId)) == true;
    }

    private static async Task AttachTranscriptAsync(TimedRequests http, JiraOptions settings, string key, CasePacket packet, CancellationToken cancellationToken)
    {
        using var upload = Request(settings, HttpMethod.Post, $"rest/servicedeskapi/servicedesk/{settings.ServiceDeskId}/attachTemporaryFile");
        // Multipart posts are refused as cross-site requests without it.
        upload.Headers.Add("X-Atlassian-Token", "no-check");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(CasePacketText.Transcript(packet)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        upload.Content = new MultipartFormDataContent { { file, "file", TranscriptFileName(packet.CaseId) } };
        string temporaryId;
        using (var response = await http.SendAsync(upload, "Jira transcript upload", cancellationToken))
        {
            var answer = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.JiraTemporaryAttachments, cancellationToken);
            temporaryId = answer?.TemporaryAttachments?.FirstOrDefault()?.TemporaryAttachmentId
                ?? throw new StepFailedException(new DeliveryResult(DeliveryOutcome.Retryable, "Jira transcript upload: no temporaryAttachmentId in the answer"));
        }
        using var attach = Request(settings, HttpMethod.Post, $"rest/servicedeskapi/request/{Uri.EscapeDataString(key)}/attachment");
        // Internal: the transcript is for the agents; the user was in the conversation.
        attach.Content = JsonContent.Create(new JiraAttachmentCreate([temporaryId], Public: false), TicketJsonContext.Default.JiraAttachmentCreate);
        using var _ = await http.SendAsync(attach, "Jira transcript attachment", cancellationToken);
    }

    private static HttpRequestMessage Request(JiraOptions settings, HttpMethod method, string pathAndQuery)
    {
        var request = new HttpRequestMessage(method, settings.Url(pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Email}:{settings.ApiToken}")));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    private Task RecordAsync(string caseId, JiraRequest request, CancellationToken cancellationToken) =>
        tickets.RecordAsync(new HelpdeskTicket(caseId, TicketKinds.Jira, request.IssueKey!, time.GetUtcNow()) { Url = request.Links?.Agent }, cancellationToken);
}
